using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Cases.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class UnitVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Copies were keyed by code and cannot be keyed by version: drop them. Unreleased; a
            // development data folder from before this change is best deleted (the demo re-seeds).
            migrationBuilder.Sql(@"DELETE FROM ""cases"".""AdministrativeUnits"";");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AdministrativeUnits",
                schema: "cases",
                table: "AdministrativeUnits");

            migrationBuilder.AddColumn<Guid>(
                name: "UnitId",
                schema: "cases",
                table: "AdministrativeUnits",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<bool>(
                name: "Remote",
                schema: "cases",
                table: "AdministrativeUnits",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "SuccessorCodes",
                schema: "cases",
                table: "AdministrativeUnits",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AdministrativeUnits",
                schema: "cases",
                table: "AdministrativeUnits",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnits_Code",
                schema: "cases",
                table: "AdministrativeUnits",
                column: "Code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_AdministrativeUnits",
                schema: "cases",
                table: "AdministrativeUnits");

            migrationBuilder.DropIndex(
                name: "IX_AdministrativeUnits_Code",
                schema: "cases",
                table: "AdministrativeUnits");

            migrationBuilder.DropColumn(
                name: "UnitId",
                schema: "cases",
                table: "AdministrativeUnits");

            migrationBuilder.DropColumn(
                name: "Remote",
                schema: "cases",
                table: "AdministrativeUnits");

            migrationBuilder.DropColumn(
                name: "SuccessorCodes",
                schema: "cases",
                table: "AdministrativeUnits");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AdministrativeUnits",
                schema: "cases",
                table: "AdministrativeUnits",
                column: "Code");
        }
    }
}
