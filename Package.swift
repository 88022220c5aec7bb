// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "promoflow",
  products: [
    .library(name: "PromotionKit", targets: ["PromotionKit"]),
    .executable(name: "promoflow", targets: ["promoflow"]),
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
  ],
  targets: [
    .target(name: "PromotionKit", dependencies: ["Yams"]),
    .executableTarget(
      name: "promoflow",
      dependencies: [
        "PromotionKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "PromotionKitTests", dependencies: ["PromotionKit", "Yams"],
      exclude: ["Fixtures", "CRDs"]),
    .testTarget(name: "promoflowTests", dependencies: ["promoflow"]),
  ],
  swiftLanguageModes: [.v6]
)
