using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Cases.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UnitVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Copies were keyed by code and cannot be keyed by version: drop them. Unreleased; a
            // development data folder from before this change is best deleted (the demo re-seeds).
            migrationBuilder.Sql(@"DELETE FROM ""AdministrativeUnits"";");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AdministrativeUnits",
                table: "AdministrativeUnits");

            migrationBuilder.AddColumn<Guid>(
                name: "UnitId",
                table: "AdministrativeUnits",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<bool>(
                name: "Remote",
                table: "AdministrativeUnits",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "SuccessorCodes",
                table: "AdministrativeUnits",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AdministrativeUnits",
                table: "AdministrativeUnits",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnits_Code",
                table: "AdministrativeUnits",
                column: "Code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_AdministrativeUnits",
                table: "AdministrativeUnits");

            migrationBuilder.DropIndex(
                name: "IX_AdministrativeUnits_Code",
                table: "AdministrativeUnits");

            migrationBuilder.DropColumn(
                name: "UnitId",
                table: "AdministrativeUnits");

            migrationBuilder.DropColumn(
                name: "Remote",
                table: "AdministrativeUnits");

            migrationBuilder.DropColumn(
                name: "SuccessorCodes",
                table: "AdministrativeUnits");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AdministrativeUnits",
                table: "AdministrativeUnits",
                column: "Code");
        }
    }
}
