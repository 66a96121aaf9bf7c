using Entrypoint.Tests.Infrastructure;

namespace Entrypoint.Tests;

public class StaticBinaryTests
{
    [Fact]
    public void It_is_not_a_dynamic_executable()
    {
        using var run = Launched.Start("ldd", [Binaries.Entrypoint]);
        run.WaitForExit();
        Assert.Contains("not a dynamic executable", run.StdoutText + run.StderrText);
    }

    [Fact]
    public void It_runs_alone_in_an_empty_root()
    {
        if (Native.geteuid() != 0) throw new Xunit.Sdk.XunitException("the empty-root test needs root for chroot (CI runs as root)");
        string root = Directory.CreateTempSubdirectory("ep-root").FullName;
        File.Copy(Binaries.Entrypoint, Path.Combine(root, "entrypoint"));
        // Nothing else in there: no libc, no loader, no /proc, no /etc. It even supervises itself.
        using var version = Launched.Start("chroot", [root, "/entrypoint", "--version"]);
        Assert.Equal(0, version.WaitForExit());
        Assert.StartsWith("entrypoint ", version.StdoutText);
        using var supervised = Launched.Start("chroot", [root, "/entrypoint", "--", "/entrypoint", "--version"]);
        Assert.Equal(0, supervised.WaitForExit());
        Assert.StartsWith("entrypoint ", supervised.StdoutText);
        Assert.Single(Directory.GetFileSystemEntries(root));
    }
}
