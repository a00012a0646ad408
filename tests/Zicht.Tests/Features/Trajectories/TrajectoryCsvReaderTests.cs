using Xunit;
using Zicht.Features.Trajectories;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Trajectories;

public class TrajectoryCsvReaderTests
{
    private const string Header = "case_ref,organisation,service,region,team,opened_on";

    private static (List<TrajectoryRecord> Rows, List<ImportProblem> Problems) Read(string text)
    {
        var problems = new List<ImportProblem>();
        var rows = TrajectoryCsvReader.Read(new StringReader(text), problems).ToList();
        return (rows, problems);
    }

    [Fact]
    public void Headers_are_case_insensitive_in_any_order_and_a_bom_is_accepted()
    {
        var (rows, problems) = Read("\uFEFFOpened_On,TEAM,Region,service,organisation,CASE_REF\n2021-03-04,T,Limburg,OCJ,OSD,X1\n");
        Assert.Empty(problems);
        var row = Assert.Single(rows);
        Assert.Equal("X1", row.Values.CaseRef);
        Assert.Equal(new DateOnly(2021, 3, 4), row.Values.OpenedOn);
        Assert.Equal(("OSD", "OCJ", "Limburg", "T"), (row.Organisation, row.Service, row.Region, row.Team));
    }

    [Fact]
    public void An_unknown_column_rejects_the_header()
    {
        var (rows, problems) = Read(Header + ",network_meeting\nX1,OSD,OCJ,Limburg,T,2021-03-04,2\n");
        Assert.Empty(rows);
        var problem = Assert.Single(problems);
        Assert.Equal((1, "network_meeting"), (problem.Line, problem.Column));
    }

    [Fact]
    public void A_missing_required_column_is_reported()
    {
        var (_, problems) = Read("case_ref,organisation,service,region,team\nX1,OSD,OCJ,Limburg,T\n");
        Assert.Equal("opened_on", Assert.Single(problems).Column);
    }

    [Fact]
    public void Every_bad_cell_of_every_row_is_reported_with_line_column_value_and_reason()
    {
        var text = Header + ",closed_on,plan_b,placement,network_members,crisis_after,started_in_plan_b,step_03_informed_network_started\n"
            + "X1,OSD,OCJ,Limburg,T,2021-03-04,2021-01-01,maybe,,-1,2,yes,\n"
            + "X2,OSD,OCJ,Limburg,T,2021-03-04,,,hotel,3,x,true,2021-02-30\n"
            + ",OSD,OCJ,Limburg,T,,,,,,,,\n"
            + "X4,OSD,OCJ,Limburg,T,2021-03-04,2021-03-04,residential,foster,0,0,false,2020-01-01\n";
        var (rows, problems) = Read(text);
        Assert.Equal(4, rows.Count);
        Assert.Equal([false, false, false, true], rows.Select(r => r.Valid));
        string[] expected =
        [
            "2 closed_on 2021-01-01", "2 plan_b maybe", "2 network_members -1", "2 started_in_plan_b yes",
            "3 placement hotel", "3 crisis_after x", "3 step_03_informed_network_started 2021-02-30",
            "4 case_ref ", "4 opened_on ",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), problems.Select(p => $"{p.Line} {p.Column} {p.Value}").Order(StringComparer.Ordinal));
        Assert.Contains(problems, p => p.Reason == "before opened_on");
        Assert.All(problems, p => Assert.False(string.IsNullOrEmpty(p.Reason)));
    }

    [Fact]
    public void A_quoted_cell_may_hold_commas_and_line_breaks_and_line_numbers_stay_true()
    {
        var (rows, problems) = Read(Header + ",closure_reason\nX1,OSD,OCJ,Limburg,T,2021-03-04,\"moved, then\nreturned\"\nX2,OSD,OCJ,Limburg,T,bad,\n");
        Assert.Equal("moved, then\nreturned", rows[0].Values.ClosureReason);
        Assert.Equal(4, Assert.Single(problems).Line);
    }

    [Fact]
    public void A_row_with_too_few_cells_is_reported()
    {
        var (_, problems) = Read(Header + "\nX1,OSD,OCJ\n");
        Assert.Equal((2, "(row)"), (Assert.Single(problems).Line, problems[0].Column));
    }

    [Fact]
    public void Written_rows_read_back_identically()
    {
        var t = new Trajectory
        {
            CaseRef = "R-1",
            Worker = "W7",
            OpenedOn = new(2020, 5, 1),
            ClosedOn = new(2021, 6, 2),
            ClosureReason = "goal reached",
            ChildBirthDate = new(2012, 1, 9),
            StartedInPlanB = true,
            PlanB = PlanB.Residential,
            NetworkMembers = 4,
            NetworkMeetings = 0,
            AdultSafetyPlanOn = new(2020, 9, 9),
            ChildSafetyPlanOn = new(2020, 10, 1),
            Placement = Placement.SocialNetwork,
            CrisisBefore = 2,
            CrisisAfter = 0,
            Step01 = new(2020, 4, 1),
            Step13 = new(2021, 5, 5),
        };
        var record = new TrajectoryRecord { Organisation = "OSD", Service = "SDJ", Region = "Limburg", Team = "Team, \"quoted\"", Values = t };
        var csv = new StringWriter();
        TrajectoryCsvWriter.Write(csv, [record]);
        var (rows, problems) = Read(csv.ToString());
        Assert.Empty(problems);
        var back = Assert.Single(rows);
        Assert.Equal(record.Team, back.Team);
        foreach (var column in TrajectoryFormat.Columns)
        {
            Assert.Equal(column.Write(record), column.Write(back));
        }
    }
}
