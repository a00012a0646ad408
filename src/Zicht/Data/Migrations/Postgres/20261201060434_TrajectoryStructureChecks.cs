using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zicht.Data.Migrations.Postgres
{
    /// <summary>
    /// PostgreSQL checks a trajectory's organisation, service, region and team once per statement instead of
    /// once per row (docs/decisions/091): a row-level foreign key fires four triggers per imported row, two
    /// thirds of a million-row COPY. The same guarantees: a write naming a structure row that does not exist
    /// fails, the rows named are locked against deletion until the writer commits (FOR KEY SHARE, as a
    /// foreign key does), and a structure row that trajectories still name cannot be deleted (RESTRICT).
    /// The case link keeps its real foreign key (ON DELETE CASCADE). The EF model keeps all five relationships.
    /// </summary>
    public partial class TrajectoryStructureChecks : Migration
    {
        private static readonly (string Table, string Column, string Constraint)[] Structure =
        [
            ("Organisations", "OrganisationId", "FK_Trajectory_Organisations_OrganisationId"),
            ("Services", "ServiceId", "FK_Trajectory_Services_ServiceId"),
            ("Regions", "RegionId", "FK_Trajectory_Regions_RegionId"),
            ("Teams", "TeamId", "FK_Trajectory_Teams_TeamId"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (_, _, constraint) in Structure)
            {
                migrationBuilder.Sql($"""ALTER TABLE "Trajectory" DROP CONSTRAINT "{constraint}";""");
            }
            var locks = string.Join("\n", Structure.Select(s =>
                $"""  PERFORM 1 FROM "{s.Table}" WHERE "Id" IN (SELECT DISTINCT "{s.Column}" FROM written) FOR KEY SHARE;"""));
            var missing = string.Join("\n     OR ", Structure.Select(s =>
                $"""NOT EXISTS (SELECT 1 FROM "{s.Table}" x WHERE x."Id" = w."{s.Column}")"""));
            migrationBuilder.Sql($$"""
                CREATE FUNCTION zicht_trajectory_structure() RETURNS trigger LANGUAGE plpgsql AS $f$
                BEGIN
                {{locks}}
                  IF EXISTS (SELECT 1 FROM (SELECT DISTINCT "OrganisationId", "ServiceId", "RegionId", "TeamId" FROM written) w
                     WHERE {{missing}}) THEN
                    RAISE EXCEPTION 'A trajectory names an organisation, service, region or team that does not exist'
                      USING ERRCODE = 'foreign_key_violation';
                  END IF;
                  RETURN NULL;
                END $f$;
                CREATE TRIGGER trajectory_structure_insert AFTER INSERT ON "Trajectory"
                  REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION zicht_trajectory_structure();
                CREATE TRIGGER trajectory_structure_update AFTER UPDATE ON "Trajectory"
                  REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION zicht_trajectory_structure();
                """);
            foreach (var (table, column, _) in Structure)
            {
                migrationBuilder.Sql($$"""
                    CREATE FUNCTION zicht_{{table.ToLowerInvariant()}}_in_use() RETURNS trigger LANGUAGE plpgsql AS $f$
                    BEGIN
                      IF EXISTS (SELECT 1 FROM "Trajectory" WHERE "{{column}}" = OLD."Id") THEN
                        RAISE EXCEPTION 'Trajectories still name this row of "{{table}}"' USING ERRCODE = 'foreign_key_violation';
                      END IF;
                      RETURN OLD;
                    END $f$;
                    CREATE TRIGGER {{table.ToLowerInvariant()}}_in_use BEFORE DELETE OR UPDATE OF "Id" ON "{{table}}"
                      FOR EACH ROW EXECUTE FUNCTION zicht_{{table.ToLowerInvariant()}}_in_use();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, _, _) in Structure)
            {
                migrationBuilder.Sql($"""
                    DROP TRIGGER {table.ToLowerInvariant()}_in_use ON "{table}";
                    DROP FUNCTION zicht_{table.ToLowerInvariant()}_in_use();
                    """);
            }
            migrationBuilder.Sql("""
                DROP TRIGGER trajectory_structure_insert ON "Trajectory";
                DROP TRIGGER trajectory_structure_update ON "Trajectory";
                DROP FUNCTION zicht_trajectory_structure();
                """);
            foreach (var (table, column, constraint) in Structure)
            {
                migrationBuilder.Sql($"""
                    ALTER TABLE "Trajectory" ADD CONSTRAINT "{constraint}" FOREIGN KEY ("{column}")
                      REFERENCES "{table}" ("Id") ON DELETE RESTRICT;
                    """);
            }
        }
    }
}
