// helpdesk-peak-rss OUT COMMAND [ARGUMENTS…]: runs COMMAND and writes its peak resident memory
// (KB) to the file OUT. For `make bench` only. The benchmark cannot ask wait4() itself: a child
// started with posix_spawn (vfork) counts the benchmark's own memory, shared until its exec, as
// its peak. A child forked from this small process starts from this process's few pages instead.
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: helpdesk-peak-rss OUT COMMAND [ARGUMENTS...]\n");
        return 2;
    }
    pid_t child = fork();
    if (child < 0) { perror("helpdesk-peak-rss: fork"); return 2; }
    if (child == 0) {
        execv(argv[2], argv + 2);
        perror("helpdesk-peak-rss: exec");
        _exit(127);
    }
    int status = 0;
    struct rusage usage;
    if (wait4(child, &status, 0, &usage) < 0) { perror("helpdesk-peak-rss: wait4"); return 2; }
    FILE *out = fopen(argv[1], "w");
    if (!out) { perror("helpdesk-peak-rss: OUT"); return 2; }
    fprintf(out, "%ld\n", usage.ru_maxrss);
    fclose(out);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
