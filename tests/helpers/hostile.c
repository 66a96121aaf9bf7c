/*
 * Test launcher: runs argv[1..] with every blockable signal blocked and every ignorable signal ignored, as a careless
 * parent (a shell running us in the background, a misconfigured runtime) might leave them.
 */
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 2) return 2;
    for (int s = 1; s < 32; s++)
        if (s != SIGKILL && s != SIGSTOP) signal(s, SIG_IGN);
    sigset_t all;
    sigfillset(&all);
    sigprocmask(SIG_SETMASK, &all, NULL);
    execvp(argv[1], argv + 1);
    perror(argv[1]);
    return 127;
}
