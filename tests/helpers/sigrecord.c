/*
 * Test child: prints the name of every signal it receives, one per line, in the order they are handled.
 * Prints "ready" once its handlers are in place. Exits 0 after receiving the signal named in argv[1], if any.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *names[32] = {
    "", "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM",
    "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS",
};
static volatile sig_atomic_t exit_signal = -1;
static volatile sig_atomic_t done = 0;

static void record(int sig)
{
    char line[16];
    size_t n = strlen(names[sig]);
    memcpy(line, names[sig], n);
    line[n++] = '\n';
    (void)!write(1, line, n);
    if (sig == exit_signal) done = 1;
}

int main(int argc, char **argv)
{
    if (argc > 1)
        for (int s = 1; s < 32; s++)
            if (strcmp(argv[1], names[s]) == 0) exit_signal = s;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = record;
    sigfillset(&sa.sa_mask); /* one handler at a time keeps lines whole and ordered */
    for (int s = 1; s < 32; s++)
        if (s != SIGKILL && s != SIGSTOP && s != SIGCHLD) sigaction(s, &sa, NULL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    (void)!write(1, "ready\n", 6);
    while (!done) pause();
    return 0;
}
