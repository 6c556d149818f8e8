using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Cases.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseSearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseSearchKeys",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Hash = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSearchKeys", x => new { x.CaseId, x.Hash });
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSearchKeys_Hash_UnitCode_CaseId",
                table: "CaseSearchKeys",
                columns: new[] { "Hash", "UnitCode", "CaseId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseSearchKeys");
        }
    }
}
