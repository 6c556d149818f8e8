using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Reporting.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboxPendingIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_ParkedAt",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_SentAt_Id",
                table: "OutboxMessages");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Parked",
                table: "OutboxMessages",
                column: "Id",
                filter: "\"SentAt\" IS NULL AND \"ParkedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Pending",
                table: "OutboxMessages",
                column: "Id",
                filter: "\"SentAt\" IS NULL AND \"ParkedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_Parked",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_Pending",
                table: "OutboxMessages");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ParkedAt",
                table: "OutboxMessages",
                column: "ParkedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_Id",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "Id" });
        }
    }
}
