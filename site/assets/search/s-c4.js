(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-c4"]={"key":"c4","forms":{"c4":[0]},"terms":[{"w":524,"p":"oJOmKO"},{"w":524,"p":"oJKmKK"}],"phrases":{"c4":[{"t":1,"c":"C4","w":["C4"]}]}};
