import CNcursesw
import Foundation

/// Makes sure the terminal is given back however promoflow ends: SIGTERM, SIGHUP and SIGINT from
/// outside are noted and end the event loop cleanly; a crash restores the screen before the
/// process dies, so the user's shell is never left in raw mode.
public enum TerminalGuard {
  nonisolated(unsafe) private static var received: Int32 = 0

  /// The signal that asked promoflow to stop, if any.
  public static var stopSignal: Int32? { received == 0 ? nil : received }

  public static func install() {
    // A parent may have started promoflow with signals blocked (the mask is inherited); resizes,
    // stop requests and suspend/resume must get through.
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    for signalNumber in [SIGWINCH, SIGTERM, SIGHUP, SIGINT, SIGTSTP, SIGCONT] {
      sigaddset(&unblocked, signalNumber)
    }
    pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
    for signalNumber in [SIGTERM, SIGHUP, SIGINT] {
      signal(signalNumber) { number in TerminalGuard.received = number }
    }
    for signalNumber in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT] {
      signal(signalNumber) { number in
        endwin()
        let message = "promoflow: crashed (signal \(number)); the terminal was restored\n"
        message.withCString { _ = write(STDERR_FILENO, $0, strlen($0)) }
        signal(number, SIG_DFL)
        raise(number)
      }
    }
  }

  /// Stops the process with the terminal put back (Ctrl-Z); returns when it is continued.
  public static func suspendProcess() {
    kill(getpid(), SIGSTOP)
  }
}
