using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaseManagement.SupportInterventions.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ServiceReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Organisations",
                schema: "support",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ServiceTypes = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    ActiveFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ActiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceReferrals",
                schema: "support",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanVersion = table.Column<int>(type: "integer", nullable: false),
                    PlanItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ProviderOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpectedEndOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EstimatedCostVnd = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RespondedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RespondedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ActualCostVnd = table.Column<long>(type: "bigint", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceReferrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceDeliveries",
                schema: "support",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeliveredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceDeliveries_ServiceReferrals_ReferralId",
                        column: x => x.ReferralId,
                        principalSchema: "support",
                        principalTable: "ServiceReferrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceDeliveries_ReferralId",
                schema: "support",
                table: "ServiceDeliveries",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceReferrals_PlanId",
                schema: "support",
                table: "ServiceReferrals",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceReferrals_ProviderOrganisationId_Status",
                schema: "support",
                table: "ServiceReferrals",
                columns: new[] { "ProviderOrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceReferrals_UnitCode_Status_ExpectedEndOn",
                schema: "support",
                table: "ServiceReferrals",
                columns: new[] { "UnitCode", "Status", "ExpectedEndOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Organisations",
                schema: "support");

            migrationBuilder.DropTable(
                name: "ServiceDeliveries",
                schema: "support");

            migrationBuilder.DropTable(
                name: "ServiceReferrals",
                schema: "support");
        }
    }
}
