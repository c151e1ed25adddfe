// Validates the OpenAPI document read from stdin with @apidevtools/swagger-parser. It runs in plain Node (which can
// require the ES modules swagger-parser depends on) because jest's module loader cannot.
const SwaggerParser = require('@apidevtools/swagger-parser');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  SwaggerParser.validate(JSON.parse(input)).then(
    () => process.stdout.write('valid'),
    (error) => {
      process.stdout.write(`invalid: ${error.message}`);
      process.exitCode = 1;
    },
  );
});
