using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.SupportInterventions.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ServiceTypes = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    ActiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ActiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceReferrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ProviderOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpectedEndOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EstimatedCostVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RespondedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ActualCostVnd = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceReferrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceDeliveries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceDeliveries_ServiceReferrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "ServiceReferrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceDeliveries_ReferralId",
                table: "ServiceDeliveries",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceReferrals_PlanId",
                table: "ServiceReferrals",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceReferrals_ProviderOrganisationId_Status",
                table: "ServiceReferrals",
                columns: new[] { "ProviderOrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceReferrals_UnitCode_Status_ExpectedEndOn",
                table: "ServiceReferrals",
                columns: new[] { "UnitCode", "Status", "ExpectedEndOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "ServiceDeliveries");

            migrationBuilder.DropTable(
                name: "ServiceReferrals");
        }
    }
}
