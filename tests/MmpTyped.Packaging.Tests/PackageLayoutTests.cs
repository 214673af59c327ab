using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace MmpTyped.Packaging.Tests;

/// <summary>What <c>dotnet pack</c> puts where: checked in the .nupkg files themselves.</summary>
[Collection(PackedRepositoryTests.Name)]
[Trait("Category", "Packaging")]
public sealed class PackageLayoutTests(PackedRepository packed, ITestOutputHelper log) : PackagedTest(packed, log)
{
    private const string RepositoryUrl = "https://github.com/mmptyped/mmptyped";
    private static readonly string[] RoslynComponents = ["MmpTyped.Analyzers.dll", "MmpTyped.CodeFixes.dll", "MmpTyped.Generators.dll"];

    [Fact]
    public void MmpTyped_has_the_runtime_in_lib_and_the_generator_analyzers_and_code_fixes_in_analyzers()
    {
        var entries = Entries("MmpTyped");

        Assert.Contains("lib/net10.0/MmpTyped.dll", entries);
        Assert.Contains("lib/net10.0/MmpTyped.xml", entries);
        Assert.Contains("README.md", entries);
        // Exactly the three components: no Roslyn (the host provides it), no other dependency, no pdb.
        Assert.Equal(RoslynComponents.Select(c => "analyzers/dotnet/cs/" + c),
            entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && !e.StartsWith("lib/net10.0/MmpTyped.", StringComparison.Ordinal));
    }

    [Fact]
    public void MmpTyped_nuspec_names_the_licence_readme_repository_and_no_dependency()
    {
        var nuspec = Nuspec("MmpTyped");

        AssertCommonMetadata(nuspec, "MmpTyped");
        Assert.Contains("source-generator", Element(nuspec, "tags").Value.Split(' '));
        // The Roslyn components travel inside the package: none of them may become a package dependency.
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value);
        Assert.Empty(dependencies);
    }

    [Fact]
    public void MmpTyped_has_a_symbols_package_with_its_pdb()
    {
        Assert.Contains("lib/net10.0/MmpTyped.pdb", Entries("MmpTyped", "snupkg"));
    }

    [Fact]
    public void The_packed_analyzers_help_links_point_into_the_repository_the_package_names()
    {
        using var package = ZipFile.OpenRead(Packed.Package("MmpTyped"));
        using var dll = new MemoryStream();
        using (var entry = package.GetEntry("analyzers/dotnet/cs/MmpTyped.Analyzers.dll")!.Open())
            entry.CopyTo(dll);

        // The help link base is a string literal of the assembly: UTF-16 in its user-string heap.
        var helpBase = Encoding.Unicode.GetBytes(RepositoryUrl + "/blob/main/analyzers/docs/");
        Assert.True(dll.ToArray().AsSpan().IndexOf(helpBase) >= 0, "MmpTyped.Analyzers.dll has no help link under " + RepositoryUrl);
    }

    [Fact]
    public void MmpTyped_Cli_is_a_dotnet_tool_named_mmptyped()
    {
        var entries = Entries("MmpTyped.Cli");
        Assert.Contains("tools/net10.0/any/MmpTyped.Cli.dll", entries);
        Assert.Contains("tools/net10.0/any/MmpTyped.dll", entries);
        Assert.Contains("tools/net10.0/any/MmpTyped.Sandbox.dll", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("tools/net10.0/any/MmpTyped.Cli.pdb", Entries("MmpTyped.Cli", "snupkg"));

        using var package = ZipFile.OpenRead(Packed.Package("MmpTyped.Cli"));
        using var settingsStream = package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open();
        var command = XDocument.Load(settingsStream).Descendants("Command").Single();
        Assert.Equal("mmptyped", command.Attribute("Name")!.Value);
        Assert.Equal("MmpTyped.Cli.dll", command.Attribute("EntryPoint")!.Value);

        var nuspec = Nuspec("MmpTyped.Cli");
        AssertCommonMetadata(nuspec, "MmpTyped.Cli");
        Assert.Equal("DotnetTool", nuspec.Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")!.Value);
    }

    private void AssertCommonMetadata(XDocument nuspec, string id)
    {
        Assert.Equal(id, Element(nuspec, "id").Value);
        Assert.Equal(Packed.Version, Element(nuspec, "version").Value);
        Assert.Equal("MmpTyped", Element(nuspec, "authors").Value);
        var license = Element(nuspec, "license");
        Assert.Equal(("expression", "MIT"), (license.Attribute("type")?.Value, license.Value));
        Assert.Equal("README.md", Element(nuspec, "readme").Value);
        Assert.False(string.IsNullOrWhiteSpace(Element(nuspec, "description").Value));
        Assert.Contains("appsflyer", Element(nuspec, "tags").Value.Split(' '));
        Assert.Equal(RepositoryUrl, Element(nuspec, "projectUrl").Value);
        var repository = Element(nuspec, "repository");
        Assert.Equal(("git", RepositoryUrl), (repository.Attribute("type")?.Value, repository.Attribute("url")?.Value));
    }

    /// <summary>The paths in the package (<c>.nupkg</c>, or the <c>.snupkg</c> beside it).</summary>
    private List<string> Entries(string id, string extension = "nupkg")
    {
        var path = Packed.Package(id, extension);
        Assert.True(File.Exists(path), path);
        using var package = ZipFile.OpenRead(path);
        return package.Entries.Select(e => e.FullName).ToList();
    }

    private XDocument Nuspec(string id)
    {
        using var package = ZipFile.OpenRead(Packed.Package(id));
        using var stream = package.GetEntry(id + ".nuspec")!.Open();
        return XDocument.Load(stream);
    }

    private static XElement Element(XDocument nuspec, string name) =>
        nuspec.Descendants().Single(e => e.Name.LocalName == name);
}
