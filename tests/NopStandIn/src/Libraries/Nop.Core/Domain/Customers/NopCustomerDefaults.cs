namespace Nop.Core.Domain.Customers;

// Real source: src/Libraries/Nop.Core/Domain/Customers/NopCustomerDefaults.cs (subset)
public static partial class NopCustomerDefaults
{
    public static string AdministratorsRoleName => "Administrators";
    public static string ForumModeratorsRoleName => "ForumModerators";
    public static string RegisteredRoleName => "Registered";
    public static string GuestsRoleName => "Guests";
    public static string VendorsRoleName => "Vendors";
}
