using System.Data.Common;
using CoachRegister.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CoachRegister.Benchmarks;

/// <summary>
/// Writes many rows to the seeded SQLite file through one prepared <c>INSERT</c> per table, inside one transaction,
/// with each value converted and bound by the column's own EF Core type mapping, so the rows are stored exactly as a
/// save through the context would store them (GUIDs as text, <c>DateTimeOffset</c> as its sortable number, enums as
/// integers). The tables' secondary indexes are dropped first and built again after the data, and foreign keys are
/// checked once at the end rather than per row. Triggers still run: the text index is filled by the database's own
/// triggers, as the portal's saves fill it.
/// </summary>
public sealed class BulkRows : IAsyncDisposable
{
    private readonly AppDbContext _db;
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly List<string> _indexes;

    private BulkRows(AppDbContext db, SqliteConnection connection, SqliteTransaction transaction, List<string> indexes)
    {
        _db = db;
        _connection = connection;
        _transaction = transaction;
        _indexes = indexes;
    }

    /// <summary>Opens the context's connection, drops the secondary indexes of <paramref name="tables"/> and begins the transaction.</summary>
    public static async Task<BulkRows> BeginAsync(AppDbContext db, params string[] tables)
    {
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        Execute(connection, null, "PRAGMA foreign_keys = OFF;");
        var transaction = connection.BeginTransaction();
        var indexes = new List<(string Name, string Sql)>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({string.Join(", ", tables.Select(t => $"'{t}'"))})";
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            Execute(connection, transaction, $"DROP INDEX \"{name}\";");
        }

        return new BulkRows(db, connection, transaction, indexes.Select(i => i.Sql).ToList());
    }

    /// <summary>Inserts entities of a mapped class, every mapped column from the entity's own property.</summary>
    public void Insert<T>(IEnumerable<T> rows) where T : class =>
        Insert(_db.Model.FindEntityType(typeof(T))!, rows, (row, property) => property.GetGetter().GetClrValue(row));

    /// <summary>Inserts rows of a many-to-many join table (a shared-type entity without a class), by column values.</summary>
    public void InsertJoin(string table, IEnumerable<IReadOnlyDictionary<string, object>> rows) =>
        Insert(_db.Model.GetEntityTypes().Single(t => t.GetTableName() == table && t.HasSharedClrType), rows, (row, property) => row[property.Name]);

    private void Insert<T>(IEntityType type, IEnumerable<T> rows, Func<T, IProperty, object?> value)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(table), Mapping: (RelationalTypeMapping)p.GetTypeMapping()))
            .Where(c => c.Column is not null)
            .ToList();
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Column}\""))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        command.Prepare();
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                var (property, _, mapping) = columns[i];
                command.Parameters.Add(mapping.CreateParameter(command, $"@p{i}", value(row, property), property.IsNullable));
            }

            command.ExecuteNonQuery();
        }
    }

    /// <summary>Builds the dropped indexes again, commits, and checks every foreign key once.</summary>
    public async Task CommitAsync()
    {
        foreach (var sql in _indexes)
        {
            Execute(_connection, _transaction, sql + ";");
        }

        await _transaction.CommitAsync();
        Execute(_connection, null, "PRAGMA foreign_keys = ON;");
        await using var check = _connection.CreateCommand();
        check.CommandText = "PRAGMA foreign_key_check;";
        await using var reader = await check.ExecuteReaderAsync();
        if (await reader.ReadAsync())
        {
            throw new InvalidOperationException($"The bulk seed broke a foreign key: {reader.GetString(0)} row {reader.GetValue(1)} -> {reader.GetString(2)}.");
        }
    }

    public async ValueTask DisposeAsync() => await _transaction.DisposeAsync();

    private static void Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
