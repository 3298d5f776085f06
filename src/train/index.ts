/**
 * Computational core of the "Why it works" demos (issue 5): a small MLP with manual backprop on
 * Float64Arrays, the gradient-flow, sparsity, dying-ReLU and cost experiments, and the typed
 * worker protocol that runs them off the main thread. No UI imports.
 */
export { createRng, fillNormal, type Rng } from './rng';
export { gemmNT, gemmTN, norm2, transpose } from './linalg';
export type { ActivationChoice } from './activation';
export { mseLoss } from './loss';
export { preluDf, preluF } from './prelu';
export { Mlp, type AlphaMode, type Init, type InitDistribution, type MlpOptions } from './mlp';
export {
  createAdam,
  createOptimizer,
  createSgd,
  type Optimizer,
  type OptimizerKind,
} from './optim';
export {
  checkGradients,
  examplesAwayFromKinks,
  type GradCheckEntry,
  type GradCheckOptions,
  type GradCheckResult,
} from './gradcheck';
export {
  DEPTH_LIMITS,
  createDepthNetwork,
  depthNetworkKey,
  depthSteps,
  runDepthExperiment,
  type DepthNetwork,
  type DepthOptions,
  type DepthResult,
  type DepthSeries,
  type DepthSpread,
} from './depth';
export {
  SPARSITY_LIMITS,
  measureSparsity,
  sparsitySteps,
  type SparsityOptions,
  type SparsityResult,
  type SparsitySeries,
} from './sparsity';
export { analyticZeroShare, zeroSet, type Interval } from './zeroset';
export {
  DISTRIBUTION_LIMITS,
  INIT_GAIN,
  distributionSteps,
  measureDistribution,
  type DistributionOptions,
  type DistributionResult,
  type DistributionSeries,
  type LayerInit,
  type PreActivationSource,
} from './distribution';
export { fillLayerPreActivations, sampleStats, type SampleStats } from './sampling';
export {
  meanFieldMap,
  referenceMoments,
  type MeanFieldTrace,
  type ReferenceMethod,
  type ReferenceMoments,
} from './meanfield';
export {
  DYING_DOMAIN,
  DYING_LIMITS,
  DYING_SCENARIOS,
  Trainer,
  dyingTarget,
  linspace,
  type TrainSnapshot,
  type TrainTrace,
  type TrainerOptions,
} from './dying';
export {
  costSteps,
  measureCost,
  type CostEntry,
  type CostOptions,
  type CostResult,
  type CostStats,
} from './cost';
export { runToEnd, type Progress, type Steps } from './progress';
export type * from './protocol';
export { MAX_STEP_REQUEST } from './protocol';
export { createJobRunner, type JobRunner, type RunnerOptions } from './runner';
export { createMessageChannelScheduler } from './scheduler';
export {
  createDemoClient,
  createDemoWorker,
  createInProcessWorker,
  type DemoClient,
  type JobHandle,
  type JobHandlers,
  type WorkerLike,
} from './client';
