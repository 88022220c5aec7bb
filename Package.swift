// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "promoflow",
  products: [
    .library(name: "PromotionKit", targets: ["PromotionKit"]),
    .executable(name: "promoflow", targets: ["promoflow"]),
    .executable(name: "promoflow-bench", targets: ["promoflow-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
  ],
  targets: [
    .target(name: "PromotionKit", dependencies: ["Yams"]),
    .target(name: "TerminalCanvas"),
    .systemLibrary(name: "CNcursesw"),
    .target(name: "CursesTerminal", dependencies: ["CNcursesw", "TerminalCanvas"]),
    .target(name: "FlowLayout"),
    .target(name: "FlowBuilder", dependencies: ["PromotionKit", "FlowLayout", "TerminalCanvas"]),
    .executableTarget(
      name: "promoflow",
      dependencies: [
        "PromotionKit", "FlowBuilder", "FlowLayout", "TerminalCanvas", "CursesTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      resources: [.copy("DemoWorkspace")]
    ),
    .executableTarget(
      name: "promoflow-bench",
      dependencies: ["PromotionKit", "FlowLayout", "FlowBuilder", "TerminalCanvas"]),
    .executableTarget(name: "promoflow-fuzz", dependencies: ["PromotionKit", "TestSupport"]),
    .target(
      name: "TestSupport", dependencies: ["PromotionKit", "FlowLayout", "Yams"],
      path: "Tests/TestSupport",
      exclude: ["CRDs"]),
    .testTarget(
      name: "PromotionKitTests",
      dependencies: ["PromotionKit", "FlowLayout", "Yams", "TestSupport"],
      exclude: ["Fixtures"]),
    .testTarget(name: "promoflowTests", dependencies: ["promoflow", "FlowLayout", "TestSupport"]),
    .testTarget(name: "TerminalCanvasTests", dependencies: ["TerminalCanvas"]),
    .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "TerminalCanvas"]),
    .testTarget(name: "FlowLayoutTests", dependencies: ["FlowLayout", "TestSupport"]),
    .testTarget(
      name: "FlowBuilderTests",
      dependencies: ["FlowBuilder", "PromotionKit", "FlowLayout", "TerminalCanvas", "TestSupport"],
      exclude: ["Goldens"]),
  ],
  swiftLanguageModes: [.v6]
)
