using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Cases.Persistence.Migrations.SqlServer
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
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResidenceUnitCode",
                schema: "cases",
                table: "ChildKeys",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Sex",
                schema: "cases",
                table: "ChildKeys",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            // The keys written before carry their child's facts too.
            migrationBuilder.Sql("""
                UPDATE k SET k.[Sex] = c.[Sex], k.[BirthYear] = c.[BirthYear], k.[ResidenceUnitCode] = c.[ResidenceUnitCode] FROM [cases].[ChildKeys] AS k JOIN [cases].[Children] AS c ON c.[Id] = k.[ChildId]
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
