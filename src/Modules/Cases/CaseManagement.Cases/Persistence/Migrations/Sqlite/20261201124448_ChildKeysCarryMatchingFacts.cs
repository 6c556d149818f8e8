using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Cases.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChildKeysCarryMatchingFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChildKeys_Hash_Kind",
                table: "ChildKeys");

            migrationBuilder.AddColumn<int>(
                name: "BirthYear",
                table: "ChildKeys",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResidenceUnitCode",
                table: "ChildKeys",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Sex",
                table: "ChildKeys",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            // The keys written before carry their child's facts too.
            migrationBuilder.Sql("""
                UPDATE "ChildKeys" SET "Sex" = c."Sex", "BirthYear" = c."BirthYear", "ResidenceUnitCode" = c."ResidenceUnitCode" FROM "Children" AS c WHERE c."Id" = "ChildKeys"."ChildId"
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ChildKeys_Matching",
                table: "ChildKeys",
                columns: new[] { "Hash", "Kind", "ChildId", "Sex", "BirthYear", "ResidenceUnitCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChildKeys_Matching",
                table: "ChildKeys");

            migrationBuilder.DropColumn(
                name: "BirthYear",
                table: "ChildKeys");

            migrationBuilder.DropColumn(
                name: "ResidenceUnitCode",
                table: "ChildKeys");

            migrationBuilder.DropColumn(
                name: "Sex",
                table: "ChildKeys");

            migrationBuilder.CreateIndex(
                name: "IX_ChildKeys_Hash_Kind",
                table: "ChildKeys",
                columns: new[] { "Hash", "Kind" });
        }
    }
}
