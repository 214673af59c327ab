using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace MmpTyped.Benchmarks.Harness;

/// <summary>
/// Quick comparisons for a machine that is busy (other builds running), where BenchmarkDotNet's runs, one
/// contestant after the other, catch different loads. Not a substitute for BenchmarkDotNet: a guide while
/// changing code, and a loop to profile.
/// <list type="bullet">
/// <item><c>--interleave Class A B [rounds]</c>: alternates 150 ms slices of benchmark methods A and B of one
/// benchmark class, each timed in the process's CPU time per call, and prints the medians, the median of the
/// per-round ratios B/A, and the ratio of the fastest slices.</item>
/// <item><c>--loop Class Method seconds</c>: calls one benchmark method for that long, for
/// <c>perf record</c> (with <c>DOTNET_PerfMapEnabled=1</c> and <c>DOTNET_EnableWriteXorExecute=0</c>).</item>
/// </list>
/// </summary>
internal static class Interleaved
{
    private const int SliceMilliseconds = 150;
    private const int CallsPerCheck = 200;

    public static int Run(string[] args)
    {
        if (args.Length < 3)
            return Usage();
        try
        {
            return Measure(args);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine(error.Message);
            return 2;
        }
    }

    private static int Measure(string[] args)
    {
        var benchmark = Create(args[1]);
        if (args[0] == "--loop")
        {
            var method = Method(benchmark, args[2]);
            var seconds = args.Length > 3 ? double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 10;
            var calls = 0L;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                for (var i = 0; i < CallsPerCheck; i++)
                    method();
                calls += CallsPerCheck;
            }
            Console.WriteLine($"{args[1]}.{args[2]}: {calls} calls, {clock.Elapsed.TotalMilliseconds * 1e6 / calls:F0} ns per call (wall clock)");
            return 0;
        }
        if (args.Length < 4)
            return Usage();
        var a = Method(benchmark, args[2]);
        var b = Method(benchmark, args[3]);
        var rounds = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 20;
        for (var i = 0; i < 3; i++)
        {
            Slice(a);
            Slice(b);
        }
        var timesA = new List<double>();
        var timesB = new List<double>();
        var ratios = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var x = Slice(a);
            var y = Slice(b);
            timesA.Add(x);
            timesB.Add(y);
            ratios.Add(y / x);
        }
        Console.WriteLine(
            $"{args[1]}: {args[2]} {Median(timesA):F0} ns, {args[3]} {Median(timesB):F0} ns (CPU time per call, medians of {rounds}); " +
            $"{args[3]}/{args[2]} {Median(ratios):F2}x (rounds {ratios.Min():F2}-{ratios.Max():F2}), fastest slices {timesB.Min() / timesA.Min():F2}x");
        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: --interleave <BenchmarkClass> <MethodA> <MethodB> [rounds] | --loop <BenchmarkClass> <Method> [seconds]");
        return 2;
    }

    // The benchmark class by name, its [GlobalSetup] run (which also checks the contestants agree).
    private static object Create(string name)
    {
        var type = typeof(Interleaved).Assembly.GetTypes().SingleOrDefault(t => t.Name == name && !t.IsAbstract)
            ?? throw new ArgumentException($"No benchmark class '{name}'.", nameof(name));
        var benchmark = Activator.CreateInstance(type)!;
        foreach (var setup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null))
            setup.Invoke(benchmark, null);
        return benchmark;
    }

    // A compiled call (whatever the method returns, dropped), not MethodInfo.Invoke, whose cost would be timed too.
    private static Action Method(object benchmark, string name) =>
        benchmark.GetType().GetMethod(name) is { } method && method.GetCustomAttribute<BenchmarkAttribute>() is not null
            ? Expression.Lambda<Action>(Expression.Call(Expression.Constant(benchmark), method)).Compile()
            : throw new ArgumentException($"{benchmark.GetType().Name} has no benchmark '{name}'.", nameof(name));

    private static double Slice(Action method)
    {
        using var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        var calls = 0L;
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < SliceMilliseconds)
        {
            for (var i = 0; i < CallsPerCheck; i++)
                method();
            calls += CallsPerCheck;
        }
        process.Refresh();
        return (process.TotalProcessorTime - start).TotalMilliseconds * 1e6 / calls;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
