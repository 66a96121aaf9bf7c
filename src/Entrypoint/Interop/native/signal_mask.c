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


/*
 * Before --no-init's exec: every signal someone left ignored goes back to default, 1 to 64. exec keeps SIG_IGN, and
 * glibc's sigaction refuses its internal signals 32 and 33, so this talks to the kernel directly. Caught signals are
 * left alone (the runtime's handlers; exec resets those itself).
 */
#include <sys/syscall.h>
#include <unistd.h>

struct kernel_sigaction {
    void (*handler)(int);
    unsigned long flags;
    void (*restorer)(void);
    unsigned long mask;
};

void entrypoint_default_ignored_signals(void)
{
    for (int sig = 1; sig <= 64; sig++) {
        if (sig == SIGKILL || sig == SIGSTOP) continue;
        struct kernel_sigaction old;
        if (syscall(SYS_rt_sigaction, sig, NULL, &old, sizeof old.mask) != 0 || old.handler != SIG_IGN) continue;
        struct kernel_sigaction dfl = { SIG_DFL, 0, NULL, 0 };
        syscall(SYS_rt_sigaction, sig, &dfl, NULL, sizeof dfl.mask);
    }
}
