using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Cases.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ChildKeysCarryMatchingFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChildKeys_Hash_Kind",
                schema: "cases",
                table: "ChildKeys");

            migrationBuilder.AddColumn<int>(
                name: "BirthYear",
                schema: "cases",
                table: "ChildKeys",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResidenceUnitCode",
                schema: "cases",
                table: "ChildKeys",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Sex",
                schema: "cases",
                table: "ChildKeys",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            // The keys written before carry their child's facts too.
            migrationBuilder.Sql("""
                UPDATE cases."ChildKeys" AS k SET "Sex" = c."Sex", "BirthYear" = c."BirthYear", "ResidenceUnitCode" = c."ResidenceUnitCode" FROM cases."Children" AS c WHERE c."Id" = k."ChildId"
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ChildKeys_Matching",
                schema: "cases",
                table: "ChildKeys",
                columns: new[] { "Hash", "Kind", "ChildId", "Sex", "BirthYear", "ResidenceUnitCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChildKeys_Matching",
                schema: "cases",
                table: "ChildKeys");

            migrationBuilder.DropColumn(
                name: "BirthYear",
                schema: "cases",
                table: "ChildKeys");

            migrationBuilder.DropColumn(
                name: "ResidenceUnitCode",
                schema: "cases",
                table: "ChildKeys");

            migrationBuilder.DropColumn(
                name: "Sex",
                schema: "cases",
                table: "ChildKeys");

            migrationBuilder.CreateIndex(
                name: "IX_ChildKeys_Hash_Kind",
                schema: "cases",
                table: "ChildKeys",
                columns: new[] { "Hash", "Kind" });
        }
    }
}
