using Zicht.Features.CaseAudits;

namespace Zicht.Tests.Features.CaseAudits;

public class RaterAgreementTests
{
    [Fact]
    public void Perfect_agreement_gives_kappa_one_and_full_exact_agreement()
    {
        var f = RaterAgreement.Compute([(2, 2), (5, 5), (7, 7), (9, 9)]);

        Assert.Equal(1.0, f.WeightedKappa!.Value, 10);
        Assert.Equal(100.0, f.ExactPercent);
        Assert.Equal(100.0, f.WithinOnePercent);
        Assert.Equal(0.0, f.MeanGap);
        Assert.Equal(AgreementReading.AlmostPerfect, f.Reading);
    }

    [Fact]
    public void Agreement_no_better_than_chance_gives_kappa_zero()
    {
        // The reviewer's score is independent of the worker's: each worker score meets each reviewer
        // score exactly once, so observed pairs equal the product of the marginals.
        // Observed mean squared difference: (0 + 100 + 100 + 0) / 4 = 50.
        // Expected (all 16 worker × reviewer combinations): 8 × 0 + 8 × 100 = 800 / 16 = 50. κ = 1 − 50/50 = 0.
        var f = RaterAgreement.Compute([(0, 0), (0, 10), (10, 0), (10, 10)]);

        Assert.Equal(0.0, f.WeightedKappa!.Value, 10);
        Assert.Equal(50.0, f.ExactPercent);
        Assert.Equal(AgreementReading.Slight, f.Reading);
    }

    [Fact]
    public void A_small_example_matches_the_hand_computation()
    {
        // Worker 2, 4, 6, 8; reviewer 3, 4, 7, 8.
        // Observed squared differences: 1, 0, 1, 0 → mean 0.5.
        // Expected, every worker score against every reviewer score (3, 4, 7, 8):
        //   2: 1 + 4 + 25 + 36 = 66;  4: 1 + 0 + 9 + 16 = 26;  6: 9 + 4 + 1 + 4 = 18;  8: 25 + 16 + 1 + 0 = 42
        //   total 152 / 16 = 9.5.  κ = 1 − 0.5 / 9.5 = 0.947 (the (k−1)² of the weights cancels).
        // Exact 2/4 = 50 %, within one 4/4 = 100 %, mean gap (reviewer − worker) = (1 + 0 + 1 + 0) / 4 = 0.5.
        var f = RaterAgreement.Compute([(2, 3), (4, 4), (6, 7), (8, 8)]);

        Assert.Equal(1 - (0.5 / 9.5), f.WeightedKappa!.Value, 10);
        Assert.Equal(50.0, f.ExactPercent);
        Assert.Equal(100.0, f.WithinOnePercent);
        Assert.Equal(0.5, f.MeanGap);
        Assert.Equal(5.0, f.MeanWorker);
        Assert.Equal(5.5, f.MeanReviewer);
    }

    [Fact]
    public void Systematic_disagreement_reads_below_chance()
    {
        // Reversed order: observed (0−10)² and (10−0)² → 100; expected 50 (as above). κ = 1 − 100/50 = −1.
        var f = RaterAgreement.Compute([(0, 10), (10, 0)]);

        Assert.Equal(-1.0, f.WeightedKappa!.Value, 10);
        Assert.Equal(AgreementReading.BelowChance, f.Reading);
    }

    [Fact]
    public void Kappa_is_empty_for_one_pair_or_when_everyone_gave_the_same_score()
    {
        Assert.Null(RaterAgreement.Compute([(5, 6)]).WeightedKappa);
        Assert.Null(RaterAgreement.Compute([(7, 7), (7, 7), (7, 7)]).WeightedKappa);
        Assert.Equal(0, RaterAgreement.Compute([]).Pairs);
    }

    [Theory]
    [InlineData(0.20, AgreementReading.Slight)]
    [InlineData(0.21, AgreementReading.Fair)]
    [InlineData(0.40, AgreementReading.Fair)]
    [InlineData(0.41, AgreementReading.Moderate)]
    [InlineData(0.61, AgreementReading.Substantial)]
    [InlineData(0.80, AgreementReading.Substantial)]
    [InlineData(0.81, AgreementReading.AlmostPerfect)]
    public void Readings_follow_Landis_and_Koch(double kappa, AgreementReading reading) =>
        Assert.Equal(reading, RaterAgreement.Read(kappa));
}
