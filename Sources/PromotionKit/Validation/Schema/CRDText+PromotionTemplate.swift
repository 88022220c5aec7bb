// The Codefresh PromotionTemplate CRD as the GitOps runtime's chart ships it, byte for byte (a test
// compares it with the copy in Tests/TestSupport/CRDs).
extension CRDText {
  static let promotionTemplates = #"""
    apiVersion: apiextensions.k8s.io/v1
    kind: CustomResourceDefinition
    metadata:
      name: promotiontemplates.codefresh.io
      annotations:
        "helm.sh/resource-policy": keep
      labels:
        app.kubernetes.io/name: promotiontemplates.codefresh.io
        app.kubernetes.io/part-of: gitops-operator
    spec:
      group: codefresh.io
      names:
        kind: PromotionTemplate
        listKind: PromotionTemplateList
        plural: promotiontemplates
        shortNames:
        - pt
        singular: promotiontemplate
      scope: Namespaced
      versions:
      - name: v1beta1
        schema:
          openAPIV3Schema:
            description: PromotionTemplate is the Schema for the promotionTemplate API
            properties:
              \#(objectFields)
              spec:
                description: PromotionTemplateSpec defines the desired state of PromotionTemplate
                properties:
                  applicationSourceSelector:
                    description: ApplicationSourceSelector is a selector to select the
                      application source
                    properties:
                      matchExpressions:
                        description: matchExpressions is a list of label selector requirements.
                          The requirements are ANDed.
                        items:
                          description: |-
                            A label selector requirement is a selector that contains values, a key, and an operator that
                            relates the key and values.
                          properties:
                            key:
                              description: key is the label key that the selector applies
                                to.
                              type: string
                            operator:
                              description: |-
                                operator represents a key's relationship to a set of values.
                                Valid operators are In, NotIn, Exists and DoesNotExist.
                              type: string
                            values:
                              description: |-
                                values is an array of string values. If the operator is In or NotIn,
                                the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                the values array must be empty. This array is replaced during a strategic
                                merge patch.
                              items:
                                type: string
                              type: array
                              x-kubernetes-list-type: atomic
                          required:
                          - key
                          - operator
                          type: object
                        type: array
                        x-kubernetes-list-type: atomic
                      matchLabels:
                        additionalProperties:
                          type: string
                        description: |-
                          matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                          map is equivalent to an element of matchExpressions, whose key field is "key", the
                          operator is "In", and the values array contains only "value". The requirements are ANDed.
                        type: object
                    type: object
                    x-kubernetes-map-type: atomic
                  priority:
                    description: Priority is the priority of the promotionTemplate
                    type: integer
                  promotion:
                    additionalProperties:
                      properties:
                        jsonPaths:
                          description: JsonPaths is an array of json paths inside the
                            file,
                          items:
                            type: string
                          minItems: 1
                          type: array
                      required:
                      - jsonPaths
                      type: object
                    description: Promotion is the definition on how to promote this application
                    type: object
                  versionSource:
                    description: VersionSource is the source of the application version
                    properties:
                      file:
                        description: File is the file name of the source
                        type: string
                      jsonPath:
                        description: JsonPath is the json path inside the file, to the
                          version information
                        type: string
                    required:
                    - file
                    - jsonPath
                    type: object
                required:
                - applicationSourceSelector
                - priority
                type: object
            type: object
        served: true
        storage: true

    """#
}
