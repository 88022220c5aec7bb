// The Codefresh Product CRD as the GitOps runtime's chart ships it, byte for byte (a test
// compares it with the copy in Tests/TestSupport/CRDs).
extension CRDText {
  static let product = #"""
    apiVersion: apiextensions.k8s.io/v1
    kind: CustomResourceDefinition
    metadata:
      name: products.codefresh.io
      annotations:
        "helm.sh/resource-policy": keep
      labels:
        app.kubernetes.io/name: products.codefresh.io
        app.kubernetes.io/part-of: gitops-operator
    spec:
      group: codefresh.io
      names:
        kind: Product
        listKind: ProductList
        plural: products
        shortNames:
        - prod
        singular: product
      scope: Namespaced
      versions:
      - name: v1beta1
        schema:
          openAPIV3Schema:
            description: Product is the Schema for the products API
            properties:
              \#(objectFields)
              spec:
                description: ProductSpec defines the desired state of Product
                properties:
                  \#(productFlowFields)
                type: object
            type: object
        served: true
        storage: false
      - name: v1beta2
        schema:
          openAPIV3Schema:
            description: Product is the Schema for the products API
            properties:
              \#(objectFields)
              spec:
                description: ProductSpec defines the desired state of Product
                properties:
                  concurrency:
                    description: Concurrency specifies policy used for concurrent promotions
                    enum:
                    - queue
                    - terminate
                    type: string
                  \#(productFlowFields)
                type: object
            type: object
        served: true
        storage: true

    """#
}
