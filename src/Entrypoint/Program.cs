namespace Entrypoint;
public static class Program { public static int Main(string[] args) { System.Console.Out.Write("hi\n"); return 0; } }
