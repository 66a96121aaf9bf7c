namespace Entrypoint.Tests.Infrastructure;

/// <summary>The built binary and the C test helpers, as `make test` leaves them. Missing ones fail loudly.</summary>
public static class Binaries
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Entrypoint { get; } = Require(
        Environment.GetEnvironmentVariable("ENTRYPOINT_BIN") ?? Path.Combine(RepositoryRoot, "dist", "entrypoint"));

    public static string Helper(string name) => Require(Path.Combine(
        Environment.GetEnvironmentVariable("ENTRYPOINT_TEST_HELPERS") ?? Path.Combine(RepositoryRoot, "tests", "helpers", "bin"), name));

    private static string Require(string path) => File.Exists(path)
        ? Path.GetFullPath(path)
        : throw new InvalidOperationException($"{path} is missing: build it with `make test` (or `make build helpers`) first");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "entrypoint.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (entrypoint.sln) above " + AppContext.BaseDirectory);
    }
}
