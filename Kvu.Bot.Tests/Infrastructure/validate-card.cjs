// Validates Adaptive Cards with the real adaptivecards library, as Teams' schema 1.5 allows them.
// Usage: node validate-card.cjs cards.json   (a JSON array of cards)
// Prints a JSON array with, per card, the list of problems (empty when the card is valid).
'use strict';
const fs = require('fs');
const path = require('path');
// The ESM lib/ build fails on Node 20; the UMD bundle works.
const AC = require(path.join(__dirname, '..', '..', 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.js'));

function validate(json) {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const problems = [];
  for (let i = 0; i < context.eventCount; i++) {
    problems.push(context.getEventAt(i).message);
  }
  for (const event of card.validateProperties().validationEvents) {
    const type = event.source && event.source.getJsonTypeName ? event.source.getJsonTypeName() : '?';
    problems.push(`${type}: ${event.message}`);
  }
  return problems;
}

const cards = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
process.stdout.write(JSON.stringify(cards.map(validate)));
