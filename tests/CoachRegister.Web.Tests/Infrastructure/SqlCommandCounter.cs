using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoachRegister.Web.Tests.Infrastructure;

/// <summary>
/// Counts the commands EF Core executes from the last <see cref="Reset"/>, optionally only those whose SQL
/// mentions a table. Nothing is kept before the first Reset, so a long test class does not collect every command.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly List<string> _commands = [];
    private readonly Lock _gate = new();
    private bool _counting;

    public void Reset()
    {
        lock (_gate)
        {
            _commands.Clear();
            _counting = true;
        }
    }

    public List<string> Mentioning(string table)
    {
        lock (_gate)
        {
            return _commands.Where(c => c.Contains($"\"{table}\"", StringComparison.Ordinal)).ToList();
        }
    }

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        lock (_gate)
        {
            if (_counting)
            {
                _commands.Add(result.CommandText);
            }
        }

        return result;
    }
}
