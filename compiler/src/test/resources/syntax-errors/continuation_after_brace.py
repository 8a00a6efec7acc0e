N{\N{
