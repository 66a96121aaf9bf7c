/*
 * Test child: makes N orphans. Each of N children forks a grandchild and exits at once; the grandchild exits a
 * moment later, after being re-parented to the nearest reaper, which must wait() for it or it stays a zombie.
 */
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 100;
    for (int i = 0; i < n; i++) {
        pid_t child = fork();
        if (child < 0) return 1;
        if (child == 0) {
            if (fork() == 0) {
                struct timespec pause = { 0, 5 * 1000 * 1000 };
                nanosleep(&pause, NULL);
                _exit(0);
            }
            _exit(0);
        }
        waitpid(child, NULL, 0);
    }
    return 0;
}
