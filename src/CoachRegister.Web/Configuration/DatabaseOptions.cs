namespace CoachRegister.Web.Configuration;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

public class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite only: the folder that holds the database file, relative to the content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>Apply pending migrations when the portal starts. On by default for SQLite only.</summary>
    public bool? MigrateOnStart { get; set; }
}
