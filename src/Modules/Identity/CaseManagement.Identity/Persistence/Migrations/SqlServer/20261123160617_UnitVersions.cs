using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Identity.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class UnitVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Copies were keyed by code and cannot be keyed by version: drop them. Unreleased; a
            // development data folder from before this change is best deleted (the demo re-seeds).
            migrationBuilder.Sql(@"DELETE FROM [identity].[Units];");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Units",
                schema: "identity",
                table: "Units");

            migrationBuilder.AddColumn<Guid>(
                name: "UnitId",
                schema: "identity",
                table: "Units",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "SuccessorCodes",
                schema: "identity",
                table: "Units",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Units",
                schema: "identity",
                table: "Units",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_Code",
                schema: "identity",
                table: "Units",
                column: "Code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_Units",
                schema: "identity",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_Units_Code",
                schema: "identity",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "UnitId",
                schema: "identity",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "SuccessorCodes",
                schema: "identity",
                table: "Units");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Units",
                schema: "identity",
                table: "Units",
                column: "Code");
        }
    }
}
