using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Sqlite
{
    /// <summary>
    /// Nothing to do on SQLite: its foreign keys are checked by an index lookup per row, without the trigger
    /// queue that makes PostgreSQL's slow for bulk imports (see the PostgreSQL migration, docs/decisions/091).
    /// Kept so both databases have the same list of migrations.
    /// </summary>
    public partial class TrajectoryStructureChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
