/*
 * peak: run a command and print its wall time, CPU time and peak resident
 * memory, for make bench.  A small process of its own, because a child's
 * ru_maxrss starts from the memory of whoever forked it (a Python bench
 * holding a 20 MB text would be measured, not the program).
 *   peak cmd [arg ...]    prints "wall_s cpu_s maxrss_kb" on stderr
 */
#include <sys/resource.h>
#include <sys/wait.h>

#include <stdio.h>
#include <time.h>
#include <unistd.h>

int
main(int argc, char *argv[])
{
	struct timespec t0, t1;
	struct rusage ru;
	pid_t pid;
	int status;

	if (argc < 2) {
		fputs("usage: peak cmd [arg ...]\n", stderr);
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((pid = fork()) == -1) {
		perror("peak: fork");
		return 2;
	}
	if (pid == 0) {
		execvp(argv[1], argv + 1);
		perror(argv[1]);
		_exit(127);
	}
	/* The one child: RUSAGE_CHILDREN is its usage alone (POSIX, unlike wait4). */
	if (waitpid(pid, &status, 0) == -1 || getrusage(RUSAGE_CHILDREN, &ru) == -1) {
		perror("peak: waitpid");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	fprintf(stderr, "%.6f %.6f %ld\n",
	    (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9,
	    (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
	    (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6, ru.ru_maxrss);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
