using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json.Linq;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc;
using Nop.Web.Framework.Mvc.Filters;
using Nop.Web.Framework.Mvc.ModelBinding;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

public record FrameworkProbeModel : BaseNopModel
{
    [NopResourceDisplayName("Tests.Probe.BatchSize")]
    public int BatchSize { get; set; }

    public decimal Rate { get; set; }

    public string Trimmed { get; set; }

    [NoTrim]
    public string Kept { get; set; }

    public bool Flag { get; set; }
}

/// <summary>A plugin controller (BasePluginController, as the plugin's) whose actions show what nopCommerce's MVC pieces do.</summary>
[Area(AreaNames.ADMIN)]
public class FrameworkProbeController : BasePluginController
{
    [HttpPost]
    [IgnoreAntiforgeryToken]
    [ParameterBasedOnFormName("save-continue", "continueEditing")]
    public IActionResult Save(FrameworkProbeModel model, bool continueEditing) => Json(new
    {
        model.BatchSize,
        Rate = model.Rate.ToString(System.Globalization.CultureInfo.InvariantCulture),
        model.Trimmed,
        model.Kept,
        continueEditing,
        Errors = ModelState.Where(entry => entry.Value!.Errors.Count > 0)
            .ToDictionary(entry => entry.Key, entry => entry.Value!.Errors.Select(error => error.ErrorMessage).ToArray())
    });

    [HttpGet]
    public IActionResult Form() => View("~/TestViews/FrameworkProbe.cshtml", new FrameworkProbeModel { Flag = true, Kept = "kept", Trimmed = "text" });

    [HttpGet]
    public IActionResult ScriptsSection() => View("~/TestViews/ScriptsSectionProbe.cshtml");
}

/// <summary>Pieces of nopCommerce's MVC set-up the plugin meets on every form, as the host reproduces them.</summary>
public class FrameworkPiecesTests
{
    private PluginTestHost _host;
    private HttpClient _client;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _host = await PluginTestHost.StartAsync();
        _host.Localization.Seed("Tests.Probe.BatchSize", "Batch size");
        _client = _host.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [TearDown]
    public void SpeakEnglishAgain() => _host.WorkContext.WorkingLanguage = Harness.Fakes.TestLanguages.English();

    private async Task<JObject> SaveAsync(params (string Name, string Value)[] fields)
    {
        using var response = await _client.PostAsync("Admin/FrameworkProbe/Save",
            new FormUrlEncodedContent(fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value))));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JObject.Parse(body);
    }

    [Test]
    public async Task Posted_strings_are_trimmed_unless_NoTrim_and_an_empty_one_keeps_the_model_value()
    {
        var bound = await SaveAsync(("Trimmed", "  padded  "), ("Kept", "  padded  "), ("BatchSize", "3"));

        Assert.That(bound["Trimmed"]!.Value<string>(), Is.EqualTo("padded"));
        Assert.That(bound["Kept"]!.Value<string>(), Is.EqualTo("  padded  "));
    }

    [Test]
    public async Task The_save_and_continue_button_sets_continueEditing()
    {
        var plain = await SaveAsync(("BatchSize", "3"), ("save", ""));
        var continuing = await SaveAsync(("BatchSize", "3"), ("save-continue", ""));

        Assert.That(plain["continueEditing"]!.Value<bool>(), Is.False);
        Assert.That(continuing["continueEditing"]!.Value<bool>(), Is.True);
    }

    [Test]
    public async Task An_empty_number_is_refused_with_the_localized_required_message_naming_the_field()
    {
        var bound = await SaveAsync(("BatchSize", ""));

        Assert.That(bound["Errors"]!["BatchSize"]!.Values<string>(), Is.EqualTo(new[] { "Batch size is required." }));
    }

    [Test]
    public async Task Numbers_are_read_in_the_culture_of_the_working_language()
    {
        var english = await SaveAsync(("BatchSize", "1"), ("Rate", "1.5"));
        _host.WorkContext.UseFrench();
        var french = await SaveAsync(("BatchSize", "1"), ("Rate", "1,5"));
        var frenchWithPoint = await SaveAsync(("BatchSize", "1"), ("Rate", "1.5"));

        Assert.That(english["Rate"]!.Value<string>(), Is.EqualTo("1.5"));
        Assert.That(french["Rate"]!.Value<string>(), Is.EqualTo("1.5"));
        Assert.That(frenchWithPoint["Errors"]!["Rate"], Is.Not.Null, "a French admin's 1.5 is not a number");
    }

    [Test]
    public async Task Input_label_and_textarea_with_asp_for_also_get_nopCommerce_s_own_tag_helpers()
    {
        var html = await _client.GetStringAsync("Admin/FrameworkProbe/Form");

        Assert.That(Regex.Matches(html, "<input name=\"Flag\" type=\"hidden\" value=\"false\"").Count, Is.EqualTo(2),
            "ASP.NET Core's and nopCommerce's input tag helpers each add the checkbox's hidden input");
        Assert.That(html, Does.Contain("<input type=\"text\" id=\"Kept\" name=\"Kept\" value=\"kept\" disabled=\"disabled\" />"), "asp-disabled");
        Assert.That(html, Does.Contain("<label for=\"Trimmed\">Trimmed:</label>"), "asp-postfix");
        Assert.That(html, Does.Contain("<textarea id=\"Trimmed\" name=\"Trimmed\" disabled=\"disabled\">"));
    }

    [Test]
    public async Task A_view_defining_a_scripts_section_fails_in_the_admin_layout()
    {
        using var response = await _client.GetAsync("Admin/FrameworkProbe/ScriptsSection");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(_host.UnhandledExceptions.Select(exception => exception.Message), Has.Some.Contains("scripts"));
    }
}
