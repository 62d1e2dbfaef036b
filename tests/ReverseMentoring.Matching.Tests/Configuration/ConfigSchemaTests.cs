using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ReverseMentoring.Matching.Configuration;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Configuration;

/// <summary>The published JSON Schema and the config reader must name the same properties, at every level.</summary>
public class ConfigSchemaTests
{
    private static JsonElement Schema()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "schemas", "rmatch-config.schema.json");
            if (File.Exists(file))
            {
                return JsonDocument.Parse(File.ReadAllText(file)).RootElement.Clone();
            }
        }

        throw new FileNotFoundException("schemas/rmatch-config.schema.json not found above " + AppContext.BaseDirectory);
    }

    private static JsonElement Resolve(JsonElement root, JsonElement node) =>
        node.TryGetProperty("$ref", out var reference)
            ? Resolve(root, root.GetProperty("$defs").GetProperty(reference.GetString()!["#/$defs/".Length..]))
            : node;

    private static void Compare(JsonElement root, JsonElement schema, JsonTypeInfo type, string path, List<string> differences)
    {
        schema = Resolve(root, schema);
        switch (type.Kind)
        {
            case JsonTypeInfoKind.Object:
                Assert.True(schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.False, $"{path}: additionalProperties must be false");
                var inSchema = schema.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
                foreach (var property in type.Properties)
                {
                    if (!inSchema.Remove(property.Name, out var child))
                    {
                        differences.Add($"{path}.{property.Name} is read but not in the schema");
                        continue;
                    }

                    Compare(root, child, type.Options.GetTypeInfo(property.PropertyType), $"{path}.{property.Name}", differences);
                }

                differences.AddRange(inSchema.Keys.Select(k => $"{path}.{k} is in the schema but not read"));
                break;
            case JsonTypeInfoKind.Enumerable:
                Compare(root, schema.GetProperty("items"), type.Options.GetTypeInfo(type.ElementType!), path + "[]", differences);
                break;
            default:
                break;
        }
    }

    [Fact]
    public void Schema_and_config_reader_name_the_same_properties()
    {
        var root = Schema();
        var differences = new List<string>();

        Compare(root, root, ConfigJsonContext.Default.ConfigDto, "$", differences);

        Assert.Empty(differences);
    }

    [Fact]
    public void The_comparison_sees_nested_properties()
    {
        // Guards the guard: the walk must reach the role rules inside columns.
        var rule = ConfigJsonContext.Default.ConfigDto.Properties.Single(p => p.Name == "columns");
        var columns = rule.Options.GetTypeInfo(rule.PropertyType);
        var rules = columns.Options.GetTypeInfo(columns.Properties.Single(p => p.Name == "roleRules").PropertyType);

        Assert.Equal(["column", "atLeast", "atMost", "role", "exclude"], rules.Options.GetTypeInfo(rules.ElementType!).Properties.Select(p => p.Name));
    }

    [Fact]
    public void Schema_defaults_match_the_library_defaults()
    {
        var root = Schema().GetProperty("properties");
        var weights = root.GetProperty("weights").GetProperty("properties");
        var config = MatchingConfig.Default;

        Assert.Equal(config.Weights.SkillGapWeight, weights.GetProperty("skillGap").GetProperty("default").GetDouble());
        Assert.Equal(config.Weights.ReciprocalWeight, weights.GetProperty("reciprocal").GetProperty("default").GetDouble());
        Assert.Equal(config.Weights.NetworkReachWeight, weights.GetProperty("networkReach").GetProperty("default").GetDouble());
        var columns = root.GetProperty("columns").GetProperty("properties");
        Assert.Equal(config.Columns.ManagerId, columns.GetProperty("managerId").GetProperty("default").GetString());
        Assert.Equal(config.Columns.SkillPattern, columns.GetProperty("skill").GetProperty("default").GetString());
    }
}
