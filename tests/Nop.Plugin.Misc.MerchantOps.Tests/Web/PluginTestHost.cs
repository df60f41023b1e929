using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Razor.RuntimeCompilation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Serialization;
using Nop.Core;
using Nop.Core.Configuration;
using Nop.Core.Domain.Cms;
using Nop.Core.Events;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Plugins;
using Nop.Services.ScheduleTasks;
using Nop.Services.Security;
using Nop.Services.Stores;
using Nop.Web.Framework.Factories;
using Nop.Web.Framework.Menu;
using Nop.Web.Framework.Mvc.Routing;
using Nop.Web.Framework.UI;
using Nop.Web.Framework.WebOptimizer;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>
/// The plugin served as nopCommerce serves it, in-process on Kestrel at a loopback port: MVC with Razor runtime
/// compilation, content root = the stand-in Nop.Web folder (so "~/Plugins/Misc.MerchantOps/Views/..." are the
/// plugin's built views and "_AdminLayout" / "_ConfigurePlugin" the stand-in admin layouts), the plugin assembly and
/// Nop.Web as application parts, the plugin's INopStartup and IRouteProvider classes run, its consumers, settings,
/// validators and plugin classes registered as nopCommerce registers them, antiforgery on, cookie authentication
/// whose challenge redirects to /login, area route "{area:exists}/{controller=Home}/{action=Index}/{id?}".
/// nopCommerce services are fakes (Harness/Fakes) that tests reach through the properties below or replace in
/// <c>configureServices</c> (the last registration wins).
/// </summary>
public sealed class PluginTestHost : Harness.ITestSite
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Exception> _unhandled;

    private PluginTestHost(WebApplication app, Uri baseAddress, ConcurrentQueue<Exception> unhandled)
    {
        _app = app;
        BaseAddress = baseAddress;
        _unhandled = unhandled;
    }

    /// <summary>The plugin assembly under test.</summary>
    public static Assembly PluginAssembly => PluginRegistrations.PluginAssembly;

    /// <summary>tests/ of the repository.</summary>
    public static string TestsRoot { get; } = FindTestsRoot();

    public static string RepositoryRoot => Path.GetDirectoryName(TestsRoot);

    /// <summary>The stand-in Nop.Web project folder: the host's content root.</summary>
    public static string NopWebRoot => Path.Combine(TestsRoot, "NopStandIn", "src", "Presentation", "Nop.Web");

    /// <summary>The plugin's built folder, Nop.Web/Plugins/Misc.MerchantOps.</summary>
    public static string PluginFolder => Path.Combine(NopWebRoot, "Plugins", MerchantOpsDefaults.SystemName);

    /// <summary>Test-only views, served as "/TestViews/..." (the folder Web/TestViews of the test project).</summary>
    public static string TestWebRoot => Path.Combine(TestsRoot, "Nop.Plugin.Misc.MerchantOps.Tests", "Web");

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Exceptions that escaped the MVC pipeline (the response was a 500).</summary>
    public IReadOnlyList<Exception> UnhandledExceptions => _unhandled.ToList();

    public TestPermissions Permissions => Services.GetRequiredService<TestPermissions>();
    public WriteLog Writes => Services.GetRequiredService<WriteLog>();
    public EventLog Events => Services.GetRequiredService<EventLog>();
    public NotificationLog Notifications => Services.GetRequiredService<NotificationLog>();
    public InMemorySettingService Settings => Services.GetRequiredService<InMemorySettingService>();
    public InMemoryLocalizationService Localization => Services.GetRequiredService<InMemoryLocalizationService>();
    public AdminWorkContext WorkContext => Services.GetRequiredService<AdminWorkContext>();
    public InMemoryStores Stores => Services.GetRequiredService<InMemoryStores>();
    public RecordingLogger Log => Services.GetRequiredService<RecordingLogger>();
    public TestPlugins Plugins => Services.GetRequiredService<TestPlugins>();
    public InMemoryGenericAttributeService GenericAttributes => Services.GetRequiredService<InMemoryGenericAttributeService>();

    /// <param name="mapStoreRoutes">
    /// nopCommerce's own routes a test needs (the store pages a plugin links to or redirects to), mapped after the
    /// plugin's route providers: the host serves no store page of its own.
    /// </param>
    public static async Task<PluginTestHost> StartAsync(Action<IServiceCollection> configureServices = null,
        Action<Microsoft.AspNetCore.Routing.IEndpointRouteBuilder> mapStoreRoutes = null)
    {
        var builder = WebApplication.CreateBuilder(HostOptions());
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        //scoped services may not be taken by singletons (stricter than nopCommerce's Autofac); services the plugin
        //registers but a test does not use may miss dependencies, so the container is not validated up front
        builder.Host.UseDefaultServiceProvider(options =>
        {
            options.ValidateScopes = true;
            options.ValidateOnBuild = false;
        });

        var services = builder.Services;
        AddNopServices(services, builder.Configuration, builder.Environment.ContentRootPath);
        configureServices?.Invoke(services);

        var app = builder.Build();
        var unhandled = new ConcurrentQueue<Exception>();
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception exception)
            {
                unhandled.Enqueue(exception);
                throw;
            }
        });

        //nopCommerce's request localization: its culture cookie, written from the working language, sets the
        //request culture, which form values (numbers, dates) are parsed with
        app.Use(async (context, next) =>
        {
            var language = await context.RequestServices.GetRequiredService<IWorkContext>().GetWorkingLanguageAsync();
            if (!string.IsNullOrEmpty(language?.LanguageCulture))
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language.LanguageCulture);
            await next(context);
        });

        app.UseStaticFiles();
        Directory.CreateDirectory(Path.Combine(NopWebRoot, "Plugins"));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(NopWebRoot, "Plugins")),
            RequestPath = "/Plugins"
        });
        app.UseRouting();
        app.UseAuthentication();

        foreach (var startup in PluginRegistrations.Startups())
            startup.Configure(app);

        foreach (var provider in PluginRegistrations.Instances<IRouteProvider>().OrderByDescending(provider => provider.Priority))
            provider.RegisterRoutes(app);
        mapStoreRoutes?.Invoke(app);
        app.MapControllerRoute("areaRoute", "{area:exists}/{controller=Home}/{action=Index}/{id?}");
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");

        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>().Addresses.First();
        return new PluginTestHost(app, new Uri(address.TrimEnd('/') + "/"), unhandled);
    }

    /// <summary>The application every host is: the test assembly, over the stand-in's Nop.Web folder.</summary>
    internal static WebApplicationOptions HostOptions() => new()
    {
        //the test assembly is the application: its deps.json gives runtime compilation its references
        ApplicationName = typeof(PluginTestHost).Assembly.GetName().Name,
        ContentRootPath = NopWebRoot,
        WebRootPath = Path.Combine(NopWebRoot, "wwwroot"),
        EnvironmentName = "Development"
    };

    /// <summary>MVC as nopCommerce sets it up for the plugin: its controllers and views, compiled at run time.</summary>
    internal static void AddMvc(IServiceCollection services)
    {
        var mvc = services.AddControllersWithViews();
        mvc.AddRazorRuntimeCompilation();
        mvc.AddNewtonsoftJson(options => options.SerializerSettings.ContractResolver = new DefaultContractResolver());
        mvc.PartManager.ApplicationParts.Add(new AssemblyPart(PluginAssembly));
        mvc.PartManager.ApplicationParts.Add(new AssemblyPart(typeof(Nop.Web.Areas.Admin.Controllers.BaseAdminController).Assembly));
        mvc.AddControllersAsServices();
        services.AddTransient<IConfigureOptions<MvcOptions>, ConfigureNopMvcOptions>();
        services.Configure<MvcRazorRuntimeCompilationOptions>(options => options.FileProviders.Add(new PhysicalFileProvider(TestWebRoot)));
    }

    private static void AddNopServices(IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddHttpContextAccessor();
        services.AddAuthentication("NopTestCookie").AddCookie("NopTestCookie", options => options.LoginPath = "/login");

        AddMvc(services);
        SharedViewCompiler.Use(services);

        //state the tests read and change
        services.AddSingleton<TestPermissions>();
        services.AddSingleton<WriteLog>();
        services.AddSingleton<EventLog>();
        services.AddSingleton<NotificationLog>();
        services.AddSingleton<AdminWorkContext>();
        services.AddSingleton<IWorkContext>(sp => sp.GetRequiredService<AdminWorkContext>());
        services.AddSingleton<InMemoryStores>();
        services.AddSingleton<IStoreContext>(sp => sp.GetRequiredService<InMemoryStores>());
        services.AddSingleton<IStoreService>(sp => sp.GetRequiredService<InMemoryStores>());
        services.AddSingleton<RecordingLogger>();
        services.AddSingleton<Nop.Services.Logging.ILogger>(sp => sp.GetRequiredService<RecordingLogger>());
        services.AddSingleton<InMemorySettingService>();
        services.AddSingleton<ISettingService>(sp => sp.GetRequiredService<InMemorySettingService>());
        services.AddSingleton(sp => new InMemoryLocalizationService(sp.GetRequiredService<AdminWorkContext>(), sp.GetRequiredService<WriteLog>(),
            Path.Combine(PluginFolder, MerchantOpsDefaults.LocalizationFolder)));
        services.AddSingleton<ILocalizationService>(sp => sp.GetRequiredService<InMemoryLocalizationService>());
        services.AddSingleton<ILanguageService, InMemoryLanguageService>();
        services.AddSingleton<ICustomerService, InMemoryCustomerService>();
        services.AddSingleton<Nop.Services.Helpers.IDateTimeHelper, UtcDateTimeHelper>();
        services.AddSingleton<IPermissionService, InMemoryPermissionService>();
        services.AddSingleton<IWebHelper, FakeWebHelper>();
        services.AddSingleton(new Nop.Core.Domain.Directory.CurrencySettings { PrimaryStoreCurrencyId = 1 });
        services.AddSingleton<FakeCurrencyService>();
        services.AddSingleton<Nop.Services.Directory.ICurrencyService>(sp => sp.GetRequiredService<FakeCurrencyService>());
        services.AddSingleton<Nop.Services.Catalog.IPriceFormatter, FakePriceFormatter>();
        services.AddSingleton<INopFileProvider>(new NopFileProvider(contentRoot));
        services.AddSingleton<IScheduleTaskService, InMemoryScheduleTaskService>();
        services.AddSingleton<InMemoryGenericAttributeService>();
        services.AddSingleton<Nop.Services.Common.IGenericAttributeService>(sp => sp.GetRequiredService<InMemoryGenericAttributeService>());

        //per request, as in nopCommerce
        services.AddScoped<IEventPublisher>(sp => new RecordingEventPublisher(sp.GetRequiredService<EventLog>(), sp, sp.GetRequiredService<WriteLog>()));
        services.AddScoped<INotificationService, FakeNotificationService>();
        services.AddScoped<IAdminMenu, AdminMenu>();
        //the Lazy resolver nopCommerce registers (NopStartup of Nop.Web.Framework)
        services.AddScoped(typeof(Lazy<>), typeof(Nop.Web.Framework.Infrastructure.LazyInstance<>));
        services.AddScoped<INopHtmlHelper, NopHtmlHelper>();
        //bundling on, as in a new store (scripts without asp-location go to the footer list); see WithoutBundling
        services.AddSingleton<WebOptimizerConfig>();
        services.AddScoped<IWidgetModelFactory, WidgetModelFactory>();
        services.AddScoped<INopUrlHelper, NopUrlHelper>();
        services.AddScoped(typeof(IPluginManager<>), typeof(FakePluginManager<>));

        AddPluginServices(services, configuration);
    }

    /// <summary>What nopCommerce registers for a plugin assembly by itself, then the plugin's own INopStartup registrations.</summary>
    private static void AddPluginServices(IServiceCollection services, IConfiguration configuration)
    {
        var types = PluginRegistrations.Types;

        //every IConsumer<T>, scoped, per closed interface; every ISettings class, scoped, loaded for the current store
        PluginRegistrations.AddConsumers(services);
        PluginRegistrations.AddSettings(services, sp => sp.GetRequiredService<IStoreContext>().GetCurrentStore()?.Id ?? 0, typeof(WidgetSettings));

        //validators, as AddValidatorsFromAssemblies does
        foreach (var type in types)
        foreach (var validator in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            services.AddScoped(validator, type);

        //plugin classes, with their descriptor from plugin.json
        var plugins = new TestPlugins();
        foreach (var pluginType in types.Where(typeof(IPlugin).IsAssignableFrom))
        {
            var descriptor = ReadDescriptor();
            descriptor.PluginType = pluginType;
            descriptor.Installed = true;
            descriptor.ReferencedAssembly = PluginAssembly;
            plugins.Descriptors.Add(descriptor);
            plugins.Installed.Add(descriptor.SystemName);

            services.AddScoped(pluginType, sp =>
            {
                var plugin = (IPlugin)ActivatorUtilities.CreateInstance(sp, pluginType);
                plugin.PluginDescriptor = descriptor;
                return plugin;
            });
        }
        services.AddSingleton(plugins);

        PluginRegistrations.AddStartups(services, configuration);

        //nopCommerce runs its startup tasks here (the test process already ran them once, see NopStartupTasks)
        NopStartupTasks.RunOnce();
    }

    /// <summary>
    /// For <c>configureServices</c>: a store whose appsettings.json turns JavaScript and CSS bundling off (scripts
    /// without asp-location then stay where the view writes them).
    /// </summary>
    public static void WithoutBundling(IServiceCollection services) => services.AddSingleton<WebOptimizerConfig>(new UnbundledConfig());

    private sealed class UnbundledConfig : WebOptimizerConfig
    {
        public UnbundledConfig()
        {
            EnableJavaScriptBundling = false;
            EnableCssBundling = false;
        }
    }

    private static PluginDescriptor ReadDescriptor()
    {
        var built = Path.Combine(PluginFolder, "plugin.json");
        var path = File.Exists(built) ? built : Path.Combine(RepositoryRoot, "plugin.json");
        return PluginDescriptor.GetPluginDescriptorFromText(File.ReadAllText(path));
    }

    private static string FindTestsRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NopStandIn", "src", "Presentation", "Nop.Web", "Nop.Web.csproj")))
                return directory.FullName;
        }

        throw new InvalidOperationException($"No tests/NopStandIn above {AppContext.BaseDirectory}.");
    }

    /// <summary>A client for the host: keeps cookies (antiforgery, TempData), does not follow redirects.</summary>
    public HttpClient CreateClient()
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        return new HttpClient(handler) { BaseAddress = BaseAddress };
    }

    /// <summary>GETs the page and returns the value of its __RequestVerificationToken input (the client keeps the matching cookie).</summary>
    public async Task<string> GetAntiforgeryTokenAsync(HttpClient client, string pageUrl)
    {
        var response = await client.GetAsync(pageUrl);
        var html = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET {pageUrl} answered {(int)response.StatusCode}; no antiforgery token to read.\n{html}");

        var input = Regex.Match(html, "<input[^>]*name=\"__RequestVerificationToken\"[^>]*>");
        var value = input.Success ? Regex.Match(input.Value, "value=\"([^\"]*)\"") : Match.Empty;
        return value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value)
            : throw new InvalidOperationException($"GET {pageUrl} has no __RequestVerificationToken input.");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
