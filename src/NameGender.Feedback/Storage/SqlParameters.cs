using System.Data;
using System.Data.Common;

namespace NameGender.Feedback.Storage;

/// <summary>
/// Adds typed parameters to a command: every value reaches the database as a parameter, never as
/// SQL text. Times are stored in UTC, which PostgreSQL's timestamptz requires of a DateTimeOffset.
/// </summary>
internal static class SqlParameters
{
    public static DbParameter Add(this DbCommand command, string name, DbType type, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    public static DbParameter AddText(this DbCommand command, string name, string? value) =>
        command.Add(name, DbType.String, value);

    public static DbParameter AddInt64(this DbCommand command, string name, long value) =>
        command.Add(name, DbType.Int64, value);

    public static DbParameter AddInt32(this DbCommand command, string name, int? value) =>
        command.Add(name, DbType.Int32, value);

    public static DbParameter AddDouble(this DbCommand command, string name, double? value) =>
        command.Add(name, DbType.Double, value);

    public static DbParameter AddBoolean(this DbCommand command, string name, bool value) =>
        command.Add(name, DbType.Boolean, value);

    public static DbParameter AddTime(this DbCommand command, string name, DateTimeOffset? value) =>
        command.Add(name, DbType.DateTimeOffset, value?.ToUniversalTime());

    public static DbCommand CreateCommand(this DbConnection connection, string sql, DbTransaction? transaction)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
