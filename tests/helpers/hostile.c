/*
 * Test launcher: runs argv[1..] with every blockable signal blocked and every ignorable signal ignored (1 to 64,
 * glibc's internal 32 and 33 included), as a careless parent might leave them.
 */
#include <signal.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

struct kernel_sigaction {
    void (*handler)(int);
    unsigned long flags;
    void (*restorer)(void);
    unsigned long mask;
};

int main(int argc, char **argv)
{
    if (argc < 2) return 2;
    struct kernel_sigaction ignore = { SIG_IGN, 0, NULL, 0 };
    for (int s = 1; s <= 64; s++)
        if (s != SIGKILL && s != SIGSTOP) syscall(SYS_rt_sigaction, s, &ignore, NULL, sizeof ignore.mask);
    sigset_t all;
    sigfillset(&all);
    sigprocmask(SIG_SETMASK, &all, NULL);
    execvp(argv[1], argv + 1);
    perror(argv[1]);
    return 127;
}
