import Foundation
import TestSupport

/// One fuzz input: read → validate → fmt → re-read → edit; a broken round-trip property stops
/// the run with the reason (libFuzzer then saves the input as a crash file).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  if let failure = RoundTripCheck.failure(for: bytes) {
    fatalError("round-trip property broken: \(failure)")
  }
  return 0
}

#if FUZZING
  /// libFuzzer's driver, from the runtime `-sanitize=fuzzer` links in.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
  ) -> Int32
#endif

/// promoflow-fuzz: built by `Tests/Fuzz/run.sh` with `-sanitize=fuzzer -DFUZZING`, it hands
/// control to libFuzzer (all libFuzzer flags apply). In a normal build, `promoflow-fuzz
/// FILE|FOLDER…` replays inputs through the same checks — how a saved crash is reproduced.
/// See Docs/reliability.md.
@main
struct FuzzMain {
  static func main() {
    #if FUZZING
      var argc = CommandLine.argc
      var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
      exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
    #else
      var failed = false
      for path in CommandLine.arguments.dropFirst() {
        for file in files(at: path) {
          let bytes = FileManager.default.contents(atPath: file).map(Array.init) ?? []
          if let failure = RoundTripCheck.failure(for: bytes) {
            print("\(file): \(failure)")
            failed = true
          }
        }
      }
      exit(failed ? 1 : 0)
    #endif
  }

  static func files(at path: String) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
      return [path]
    }
    return names.sorted().map { (path as NSString).appendingPathComponent($0) }
  }
}
