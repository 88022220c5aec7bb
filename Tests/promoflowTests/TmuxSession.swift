import Foundation

/// The real promoflow in a tmux pane: keys in with `send-keys`, the screen out with
/// `capture-pane`, waiting for what the user would see (never a fixed sleep). A private tmux
/// server per session, killed when the session ends.
final class TmuxSession {
  let socketFolder: URL
  let server: String
  let folder: URL
  let exitFile: URL
  let sttyBefore: URL
  let sttyAfter: URL
  /// promoflow's "frame drawn, input idle" count (`PROMOFLOW_IDLE_FILE`); nil for a shell.
  let idleFile: URL?
  /// The idle count read right after the last keys were sent: a count beyond it means promoflow
  /// has read them and drawn what they did.
  private var idleWhenSent = 0

  /// Starts `arguments` (after the promoflow binary) in `folder` on a `width`×`height` screen.
  init(
    _ arguments: String, in folder: URL, width: Int = 120, height: Int = 36,
    environment: String = ""
  ) throws {
    self.folder = folder
    socketFolder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pf-tmux-" + UUID().uuidString.prefix(8))
    try FileManager.default.createDirectory(at: socketFolder, withIntermediateDirectories: true)
    server = "e2e-" + UUID().uuidString.prefix(8)
    exitFile = socketFolder.appendingPathComponent("exit.code")
    sttyBefore = socketFolder.appendingPathComponent("stty.before")
    sttyAfter = socketFolder.appendingPathComponent("stty.after")
    let idle = socketFolder.appendingPathComponent("idle")
    idleFile = idle
    let binary = CommandLineTests.binary
    let command =
      "cd '\(folder.path)' && stty -a > '\(sttyBefore.path)'; LANG=C.UTF-8 TERM=xterm-256color PROMOFLOW_IDLE_FILE='\(idle.path)' \(environment) '\(binary)' \(arguments); "
      + "echo $? > '\(exitFile.path)'; stty -a > '\(sttyAfter.path)'; sleep 600"
    try tmux(
      ["new-session", "-d", "-s", "app", "-x", String(width), "-y", String(height), command],
      capture: false)
  }

  /// An interactive shell (with job control) in `folder`, to type commands into.
  init(shellIn folder: URL, width: Int = 100, height: Int = 30) throws {
    self.folder = folder
    socketFolder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pf-tmux-" + UUID().uuidString.prefix(8))
    try FileManager.default.createDirectory(at: socketFolder, withIntermediateDirectories: true)
    server = "e2e-" + UUID().uuidString.prefix(8)
    exitFile = socketFolder.appendingPathComponent("exit.code")
    sttyBefore = socketFolder.appendingPathComponent("stty.before")
    sttyAfter = socketFolder.appendingPathComponent("stty.after")
    idleFile = nil
    let command =
      "cd '\(folder.path)' && LANG=C.UTF-8 TERM=xterm-256color PS1='shell$ ' bash --norc --noprofile -i"
    try tmux(
      ["new-session", "-d", "-s", "app", "-x", String(width), "-y", String(height), command],
      capture: false)
  }

  deinit {
    _ = try? tmux(["kill-server"], capture: false)
    try? FileManager.default.removeItem(at: socketFolder)
  }

  /// Runs a tmux command. It is spawned directly (not with Foundation's Process, whose exit
  /// notification socket the tmux server would inherit and hold open for good), with standard
  /// output piped back only when `capture` is set.
  @discardableResult
  func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
    var environment = ProcessInfo.processInfo.environment
    environment["TMUX_TMPDIR"] = socketFolder.path
    environment.removeValue(forKey: "TMUX")
    return try Spawn.run(
      ["tmux", "-f", "/dev/null", "-L", server] + arguments, environment: environment,
      capture: capture)
  }

  var screen: String { (try? tmux(["capture-pane", "-p", "-t", "app"])) ?? "" }

  /// promoflow's idle count now (0 before its first idle turn).
  var idleCount: Int {
    guard let idleFile, let text = try? String(contentsOf: idleFile, encoding: .utf8) else {
      return 0
    }
    return Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
  }

  /// Sends named keys (`Enter`, `Escape`, `Down`, `C-s`, or a single character).
  func press(_ keys: String...) throws {
    for key in keys { try tmux(["send-keys", "-t", "app", key]) }
    idleWhenSent = idleCount
  }

  func type(_ text: String) throws {
    try tmux(["send-keys", "-t", "app", "-l", text])
    idleWhenSent = idleCount
  }

  /// A left click at a 0-based cell, as an SGR mouse sequence (press and release).
  func click(x: Int, y: Int) throws {
    try type("\u{1B}[<0;\(x + 1);\(y + 1)M\u{1B}[<0;\(x + 1);\(y + 1)m")
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", "app", "-x", String(width), "-y", String(height)])
    idleWhenSent = idleCount
  }

  /// Waits until the screen shows `text` (or `timeout` passes) and returns the screen. While
  /// promoflow runs its loop, a screen counts only when promoflow has said it is idle since the
  /// last keys were sent and stayed idle while the screen was read: a whole frame, drawn after
  /// those keys. Otherwise — a shell, the user's editor started from promoflow, promoflow
  /// stopped — a screen counts once two reads agree (ncurses writes a frame in pieces, and a
  /// read taken mid-frame may show the new title above the old body).
  @discardableResult
  func waitFor(_ text: String, timeout: Double = 15) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var current = screen
    var idle = (count: idleCount, since: Date())
    while true {
      let count = idleCount
      if count != idle.count { idle = (count, Date()) }
      // promoflow reports every 100 ms while it waits for input; a count standing still for
      // longer means its loop is not running.
      let looping = idleFile != nil && Date().timeIntervalSince(idle.since) < 0.3
      if current.contains(text) {
        let read = screen
        if looping {
          if count > idleWhenSent && idleCount == count && read.contains(text) { return read }
        } else if read == current {
          return read
        }
        current = read
      }
      guard Date() < deadline else {
        let windows = (try? tmux(["list-windows"])) ?? ""
        let pane =
          (try? tmux([
            "display-message", "-p", "-t", "app", "#{pane_pid} #{pane_width}x#{pane_height}",
          ])) ?? ""
        throw TimedOut(expected: text, screen: current + "\n[tmux: \(windows) pane: \(pane)]")
      }
      Thread.sleep(forTimeInterval: 0.03)
      if !current.contains(text) { current = screen }
    }
  }

  /// Waits until promoflow has exited; returns its exit code.
  func waitForExit(timeout: Double = 15) throws -> Int {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let text = try? String(contentsOf: exitFile, encoding: .utf8),
        let code = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)),
        FileManager.default.fileExists(atPath: sttyAfter.path)
      {
        Thread.sleep(forTimeInterval: 0.1)
        return code
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw TimedOut(expected: "exit", screen: screen)
  }

  /// True when the terminal settings after promoflow are the ones before it (the window size
  /// aside, which a test may change).
  var terminalRestored: Bool {
    func settings(_ url: URL) -> String? {
      guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
      return text.replacingOccurrences(
        of: #"rows \d+; columns \d+;"#, with: "", options: .regularExpression)
    }
    let before = settings(sttyBefore)
    return before != nil && before == settings(sttyAfter)
  }

  /// Sends a signal to promoflow (the child of the pane's shell), as `kill` from outside would.
  func signalPromoflow(_ signal: String) throws {
    let pane = try tmux(["display-message", "-p", "-t", "app", "#{pane_pid}"]).trimmingCharacters(
      in: .whitespacesAndNewlines)
    try Spawn.run(
      ["pkill", "-\(signal)", "-P", pane, "promoflow"],
      environment: ProcessInfo.processInfo.environment, capture: false)
  }

  struct TimedOut: Error, CustomStringConvertible {
    var expected: String
    var screen: String
    var description: String { "timed out waiting for \"\(expected)\"; the screen was:\n\(screen)" }
  }
}

/// Starts a program with posix_spawn and waits for it with waitpid: only standard input, output
/// and error are passed on (input and error from /dev/null, output piped back or discarded), and
/// no signal is blocked in it (the test thread's mask would otherwise be inherited).
enum Spawn {
  struct Failure: Error { var message: String }

  @discardableResult
  static func run(_ arguments: [String], environment: [String: String], capture: Bool) throws
    -> String
  {
    var pipeEnds: [Int32] = [-1, -1]
    if capture {
      guard pipe(&pipeEnds) == 0 else { throw Failure(message: "pipe failed") }
    }
    let pid = try start(arguments, environment: environment, output: capture ? pipeEnds : nil)
    var output: [UInt8] = []
    if capture {
      close(pipeEnds[1])
      var buffer = [UInt8](repeating: 0, count: 65_536)
      while true {
        let count = read(pipeEnds[0], &buffer, buffer.count)
        if count <= 0 { break }
        output += buffer[0..<count]
      }
      close(pipeEnds[0])
    }
    wait(pid)
    return String(decoding: output, as: UTF8.self)
  }

  /// Starts `arguments` and returns its process id; its output goes to the write end of
  /// `output` (a pipe) or to /dev/null.
  static func start(_ arguments: [String], environment: [String: String], output: [Int32]? = nil)
    throws -> pid_t
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let output {
      posix_spawn_file_actions_adddup2(&actions, output[1], 1)
      posix_spawn_file_actions_addclose(&actions, output[0])
      posix_spawn_file_actions_addclose(&actions, output[1])
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
    var pid: pid_t = 0
    let result = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
    guard result == 0 else { throw Failure(message: "cannot start \(arguments[0]): \(result)") }
    return pid
  }

  /// Waits for `pid` to end and returns its wait status.
  @discardableResult
  static func wait(_ pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return status
  }
}
