'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);
// Both deployments are wanted: tenant-wide (skipFeatureDeployment, so "Sync to Teams" is offered; the lists come from
// the web part Opsætning af Medarbejdernyt) and per site, where adding the app runs the feature that creates the lists.
build.addSuppression(/^Warning - \[package-solution\] Admins can make this solution available to all sites immediately, but the solution also contains feature\.xml elements for provisioning/);

// Lint runs as its own step (`npm run lint`, with the rules in .eslintrc.js); the gulp build only compiles and bundles.
build.lintCmd.enabled = false;

const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

build.initialize(require('gulp'));
