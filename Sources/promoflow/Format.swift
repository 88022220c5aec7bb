import ArgumentParser
import PromotionKit

/// `promoflow fmt`: rewrites files in promoflow's canonical style, keeping comments and data.
struct Format: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fmt",
    abstract: "Rewrite YAML files in canonical style (comments, unknown fields and values kept).")

  @Flag(help: "List the files that would change, and exit 1 if any would.")
  var check = false

  @Flag(help: "Print the formatted text of one file instead of writing it.")
  var stdout = false

  @Argument(help: "Files to format.")
  var files: [String]

  func validate() throws {
    if files.isEmpty { throw ValidationError("name at least one file to format") }
    if check && stdout { throw ValidationError("--check and --stdout cannot be used together") }
    if stdout && files.count != 1 {
      throw ValidationError("--stdout prints one file: name exactly one")
    }
  }

  func run() throws {
    var failure: Int32 = 0
    var wouldChange = false
    for path in files {
      if !check && !stdout { FileAccess.removeStaleTemporaries(of: path) }
      let input: InputFile
      do {
        input = try InputFile.load(path, allowEmpty: true)
      } catch {
        error.report()
        failure = max(failure, error.exitCode)
        continue
      }
      let formatted = YAMLFormatter.format(input.file)
      if stdout {
        Console.output(formatted)
      } else if formatted != input.file.text.string {
        if check {
          Console.output(path + "\n")
          wouldChange = true
        } else {
          do {
            try FileAccess.writeAtomically(Array(formatted.utf8), to: path)
          } catch {
            Console.error("promoflow: \(error)")
            failure = 2
          }
        }
      }
    }
    if failure != 0 { throw ExitCode(failure) }
    if wouldChange { throw ExitCode(1) }
  }
}
