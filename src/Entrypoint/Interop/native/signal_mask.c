/*
 * Runs before the .NET runtime starts any thread: block every signal the supervisor forwards, so that all
 * runtime threads inherit the mask and the signals can only be read, in order, from one signalfd in the
 * supervisor loop. Signals ignored by whoever started us are reset to default (a blocked signal is queued
 * regardless of its disposition, but SIG_IGN would be inherited by nothing we spawn anyway: spawn resets).
 * Left to the runtime, and unblocked even if whoever started us blocked them: the synchronous faults (SEGV BUS ILL
 * FPE TRAP ABRT SYS; a blocked fault kills instead of raising NullReferenceException) and 32-64 (glibc's internal
 * signals and the runtime's thread-suspension signal).
 */
#include <signal.h>
#include <stddef.h>

static const int runtime_owned[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT, SIGSYS };

static int is_runtime_owned(int sig)
{
    for (size_t i = 0; i < sizeof runtime_owned / sizeof runtime_owned[0]; i++)
        if (runtime_owned[i] == sig) return 1;
    return 0;
}

__attribute__((constructor)) static void entrypoint_block_signals(void)
{
    sigset_t set;
    sigemptyset(&set);
    for (int sig = 1; sig < 32; sig++) {
        if (sig == SIGKILL || sig == SIGSTOP || is_runtime_owned(sig)) continue;
        sigaddset(&set, sig);
        struct sigaction old;
        if (sigaction(sig, NULL, &old) == 0 && old.sa_handler == SIG_IGN) {
            struct sigaction dfl = { 0 };
            dfl.sa_handler = SIG_DFL;
            sigaction(sig, &dfl, NULL);
        }
    }
    sigprocmask(SIG_SETMASK, &set, NULL);
}

/* The process environment as the kernel gave it, for spawn and exec: .NET keeps its own managed copy. */
extern char **environ;
char **entrypoint_environ(void)
{
    return environ;
}

