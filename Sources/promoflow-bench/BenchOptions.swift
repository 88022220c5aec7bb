/// What `promoflow-bench` is asked to measure: `--environments N` (1,000 unless given),
/// `--shape random|chain|layered|fan`, `--json`, `--phases`, and `--print-flow` to write the
/// generated flow to standard output instead (so scripts compare peers on the same file).
struct BenchOptions {
  var environments = 1_000
  var shape = GeneratedFlow.Shape.random
  var json = false
  var phases = false
  var printFlow = false
  /// Whether this is the default run, which also reports the historical `*_1000` figures and
  /// the 10,000-step load.
  var isDefault: Bool { environments == 1_000 && shape == .random }

  init(_ arguments: [String]) throws(BenchOptionError) {
    var rest = arguments[...]
    while let argument = rest.popFirst() {
      switch argument {
      case "--json": json = true
      case "--phases": phases = true
      case "--print-flow": printFlow = true
      case "--environments":
        guard let value = rest.popFirst().flatMap(Int.init), value >= 2 else {
          throw BenchOptionError("--environments needs a number of at least 2")
        }
        environments = value
      case "--shape":
        guard let value = rest.popFirst().flatMap(GeneratedFlow.Shape.init(rawValue:)) else {
          throw BenchOptionError(
            "--shape needs one of "
              + GeneratedFlow.Shape.allCases.map(\.rawValue).joined(separator: ", "))
        }
        shape = value
      default:
        throw BenchOptionError("unknown argument \(argument)")
      }
    }
  }
}

/// A command line `promoflow-bench` does not understand, and why.
struct BenchOptionError: Error {
  let message: String
  init(_ message: String) { self.message = message }
}
