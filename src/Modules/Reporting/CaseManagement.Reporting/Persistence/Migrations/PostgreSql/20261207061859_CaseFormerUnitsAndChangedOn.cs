using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Reporting.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CaseFormerUnitsAndChangedOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ChangedOn",
                schema: "reporting",
                table: "CaseRecords",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.CreateTable(
                name: "CaseFormerUnits",
                schema: "reporting",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseFormerUnits", x => new { x.UnitCode, x.CaseId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseRecords_ChangedOn",
                schema: "reporting",
                table: "CaseRecords",
                column: "ChangedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseFormerUnits",
                schema: "reporting");

            migrationBuilder.DropIndex(
                name: "IX_CaseRecords_ChangedOn",
                schema: "reporting",
                table: "CaseRecords");

            migrationBuilder.DropColumn(
                name: "ChangedOn",
                schema: "reporting",
                table: "CaseRecords");
        }
    }
}
