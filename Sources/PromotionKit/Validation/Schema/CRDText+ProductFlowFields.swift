// The Product CRD's `spec.promotionFlows` and the fields after it, the same in both served
// versions (v1beta2 adds `concurrency` before them); both versions take them in at their place.
extension CRDText {
  static let productFlowFields = #"""
    promotionFlows:
                    description: PromotionFlows is an array of promotion flows and their
                      relevant matchers.
                    items:
                      description: ProductPromotionFlowsSelectors defines all selectors
                        to use one specific PromotionFlow
                      properties:
                        gitTriggerSelectors:
                          description: List of selectors based on git trigger info
                          items:
                            description: Selector based on git trigger info
                            properties:
                              key:
                                description: Key field to use for the expression
                                enum:
                                - commitMessage
                                - gitRevision
                                type: string
                              operator:
                                description: Operator used for filtering 'key' value
                                enum:
                                - In
                                - NotIn
                                type: string
                              values:
                                description: Filter values for operator
                                items:
                                  type: string
                                minItems: 1
                                type: array
                            required:
                            - key
                            - operator
                            - values
                            type: object
                          minItems: 1
                          type: array
                        name:
                          description: Promotion flow name
                          type: string
                      required:
                      - name
                      type: object
                    minItems: 1
                    type: array
                  promotionTemplate:
                    description: PromotionTemplate is used to define a custom template
                      for the product
                    properties:
                      promotion:
                        additionalProperties:
                          properties:
                            jsonPaths:
                              description: JsonPaths is an array of json paths inside
                                the file,
                              items:
                                type: string
                              minItems: 1
                              type: array
                          required:
                          - jsonPaths
                          type: object
                        description: Promotion is the definition on how to promote this
                          application
                        type: object
                      versionSource:
                        description: VersionSource is the source of the application version
                        properties:
                          file:
                            description: File is the file name of the source
                            type: string
                          jsonPath:
                            description: JsonPath is the json path inside the file, to
                              the version information
                            type: string
                        required:
                        - file
                        - jsonPath
                        type: object
                    type: object
                  promotionTemplateRef:
                    description: PromotionTemplateRef is the name of associated promotion
                      template
                    type: string
    """#
}
