using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Directory.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OutboxPendingIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_ParkedAt",
                schema: "directory",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_SentAt_Id",
                schema: "directory",
                table: "OutboxMessages");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Parked",
                schema: "directory",
                table: "OutboxMessages",
                column: "Id",
                filter: "\"SentAt\" IS NULL AND \"ParkedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Pending",
                schema: "directory",
                table: "OutboxMessages",
                column: "Id",
                filter: "\"SentAt\" IS NULL AND \"ParkedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_Parked",
                schema: "directory",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_Pending",
                schema: "directory",
                table: "OutboxMessages");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ParkedAt",
                schema: "directory",
                table: "OutboxMessages",
                column: "ParkedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_Id",
                schema: "directory",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "Id" });
        }
    }
}
